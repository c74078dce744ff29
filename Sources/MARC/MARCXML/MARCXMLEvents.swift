#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The element events of a stretch of a MARCXML document, written by `MARCXMLParser` in libxml2's callbacks
/// and read by `MARCXMLRecordBuilder`, possibly on another thread.
///
/// Events are packed into one flat byte buffer, so recording one costs a few stores and a `memcpy` and the
/// parsing thread does no Swift allocation per element. The layout (native byte order, unaligned):
/// - start: `op.start`, element kind, a flags byte (bit 0: a position follows; bits 4–7: which of
///   `tag`, `ind1`, `ind2`, `code` follow), [offset: Int, line: Int], each attribute present as
///   length (Int32) + bytes, and for an unknown element its local name as length + bytes;
/// - end: `op.end`;
/// - text: `op.text`, length (Int32), bytes. Consecutive text is merged into one event;
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

    fileprivate init(bytes: UnsafeRawBufferPointer, messages: [Message]) {
        self.bytes = bytes
        self.messages = messages
    }

    deinit { bytes.deallocate() }
}

extension MARCXMLName.Element {
    /// The element's code in events (`MARCXMLEvents.unknownKind` is 0).
    var eventKind: UInt8 {
        switch self {
        case .collection: 1
        case .record: 2
        case .leader: 3
        case .controlfield: 4
        case .datafield: 5
        case .subfield: 6
        }
    }

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

/// Writes events into a growing buffer owned by the parser state; `take()` hands the buffer over.
struct MARCXMLEventWriter {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var count = 0
    private var messages: [MARCXMLEvents.Message] = []
    /// Where the length of the text event being extended is, or -1 when the last event was not text.
    private var openText = -1

    init(capacity: Int = 64 * 1024) {
        self.capacity = capacity
        base = .allocate(byteCount: capacity, alignment: 16)
    }

    /// Frees the buffer of the writer (not of batches already taken).
    func deallocate() { base.deallocate() }

    /// The events so far as a batch; the writer starts a new buffer of the same size.
    mutating func take() -> MARCXMLEvents {
        let batch = MARCXMLEvents(bytes: UnsafeRawBufferPointer(start: base, count: count), messages: messages)
        base = .allocate(byteCount: capacity, alignment: 16)
        count = 0
        messages = []
        openText = -1
        return batch
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let newCapacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 16)
        grown.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func put<T>(_ value: T) {
        base.storeBytes(of: value, toByteOffset: count, as: T.self)
        count += MemoryLayout<T>.size
    }

    @inline(__always)
    private mutating func putBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        put(Int32(truncatingIfNeeded: bytes.count))
        if let start = bytes.baseAddress { (base + count).copyMemory(from: start, byteCount: bytes.count) }
        count += bytes.count
    }

    /// A start tag. `attributes` holds the MARC attributes found (nil: absent); `name` is given for unknown
    /// elements only.
    @inline(__always)
    mutating func start(kind: UInt8, position: (offset: Int, line: Int)?, attributes: MARCXMLAttributes,
                        name: UnsafePointer<UInt8>?) {
        openText = -1
        var flags: UInt8 = position == nil ? 0 : 1
        var extra = 3 + 16
        if let value = attributes.tag { flags |= 0x10; extra += 4 + value.count }
        if let value = attributes.ind1 { flags |= 0x20; extra += 4 + value.count }
        if let value = attributes.ind2 { flags |= 0x40; extra += 4 + value.count }
        if let value = attributes.code { flags |= 0x80; extra += 4 + value.count }
        let nameLength = name.map { strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? 0
        extra += 4 + nameLength
        reserve(extra)
        put(MARCXMLEvents.Op.start.rawValue)
        put(kind)
        put(flags)
        if let position {
            put(position.offset)
            put(position.line)
        }
        if let value = attributes.tag { putBytes(value) }
        if let value = attributes.ind1 { putBytes(value) }
        if let value = attributes.ind2 { putBytes(value) }
        if let value = attributes.code { putBytes(value) }
        if let name { putBytes(UnsafeBufferPointer(start: name, count: nameLength)) }
    }

    @inline(__always)
    mutating func end() {
        openText = -1
        reserve(1)
        put(MARCXMLEvents.Op.end.rawValue)
    }

    /// Character data; merged with the text event before it, if any (and if the length still fits).
    @inline(__always)
    mutating func text(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        reserve(5 + length)
        let merged = openText < 0 ? -1 : Int(base.loadUnaligned(fromByteOffset: openText, as: Int32.self)) + length
        if merged >= 0 && merged <= Int(Int32.max) {
            base.storeBytes(of: Int32(merged), toByteOffset: openText, as: Int32.self)
        } else {
            put(MARCXMLEvents.Op.text.rawValue)
            openText = count
            put(Int32(truncatingIfNeeded: length))
        }
        (base + count).copyMemory(from: bytes, byteCount: length)
        count += length
    }

    mutating func message(_ message: MARCXMLEvents.Message) {
        openText = -1
        reserve(5)
        put(MARCXMLEvents.Op.message.rawValue)
        put(Int32(messages.count))
        messages.append(message)
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
