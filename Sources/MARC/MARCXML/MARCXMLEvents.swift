#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The element events of a stretch of a MARCXML document, written by `MARCXMLParser`'s libxml2 callbacks (C,
/// in `marcxml_sax.h`) and read by `MARCXMLRecordBuilder`, possibly on another thread.
///
/// Events are packed into one flat byte buffer, so recording one costs a few stores and a `memcpy` and the
/// parsing thread does no allocation per element. The layout (native byte order, unaligned), which the C
/// writer and `MARCXMLRecordBuilder.consume` share:
/// - start: `op.start`, element kind, a flags byte (bit 0: a position follows; bits 4–7: which of
///   `tag`, `ind1`, `ind2`, `code` follow), [offset: Int, line: Int], each attribute present as
///   length (Int32) + bytes, and for an unknown element its local name as length + bytes;
/// - end: `op.end`;
/// - text: `op.text`, length (Int32), bytes. Consecutive text is merged into one event; only text inside a
///   leader, control field or subfield is recorded;
/// - message: `op.message`, index into `messages` (Int32).
final class MARCXMLEvents: @unchecked Sendable {
    enum Op: UInt8 { case start = 1, end, text, message }

    /// Element kinds: the MARC elements, or 0 for any other element (its name follows).
    static let unknownKind: UInt8 = 0

    /// A parser warning or recoverable error, where it was.
    struct Message {
        var severity: Finding.Severity
        var text: String
        var offset: Int
        var line: Int
    }

    let bytes: UnsafeRawBufferPointer
    let messages: [Message]

    /// Takes over `base`, a `malloc`ed buffer holding `count` bytes of events.
    init(taking base: UnsafeMutableRawPointer, count: Int, messages: [Message]) {
        bytes = UnsafeRawBufferPointer(start: base, count: count)
        self.messages = messages
    }

    deinit { free(UnsafeMutableRawPointer(mutating: bytes.baseAddress)) }
}

extension MARCXMLName.Element {
    /// The element of an event kind (the `SAMKAT_KIND_…` of `marcxml_sax.h`); nil for any other element.
    init?(eventKind: UInt8) {
        switch eventKind {
        case 1: self = .collection
        case 2: self = .record
        case 3: self = .leader
        case 4: self = .controlfield
        case 5: self = .datafield
        case 6: self = .subfield
        default: return nil
        }
    }
}

/// Reads the events of a batch in order.
struct MARCXMLEventCursor {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { offset >= bytes.count }

    @inline(__always)
    mutating func take<T>(_: T.Type) -> T {
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += MemoryLayout<T>.size
        return value
    }

    /// A length-prefixed run of bytes, as a view into the batch.
    @inline(__always)
    mutating func takeBytes() -> UnsafeBufferPointer<UInt8> {
        let length = Int(take(Int32.self))
        let start = bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: UInt8.self)
        offset += length
        return UnsafeBufferPointer(start: start, count: length)
    }
}
