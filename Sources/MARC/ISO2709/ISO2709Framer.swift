#if canImport(Glibc)
import Glibc
#endif

/// Cuts an ISO 2709 stream into raw records before anything is decoded, so a broken record costs only itself.
///
/// A record normally ends where its leader's length says, on a record terminator (0x1D). Where the length is
/// wrong, the record ends at the next terminator; where the terminator is missing but the length lands on a field
/// terminator followed by another leader, the length is believed. Line breaks and NULs between records are
/// skipped and reported. Every such assumption is handed to the decoder as a finding.
struct ISO2709Framer {
    let source: any ByteSource
    private var buffer: [UInt8] = []
    /// Start of unconsumed bytes in `buffer`.
    private var position = 0
    /// Offset in the whole input of `buffer[0]`.
    private var bufferOffset = 0
    private var atEnd = false
    private let chunkSize = 1 << 20

    init(source: any ByteSource) { self.source = source }

    /// A raw record: its bytes (valid only inside the callback), its input offset, and framing findings.
    struct Frame {
        var offset: Int
        var repairs: [String]
    }

    /// Calls `body` with the next raw record; returns nil at the end of the input.
    mutating func withNextRecord<T>(_ body: (UnsafeBufferPointer<UInt8>, Frame) throws -> T) throws -> T? {
        var repairs: [String] = []
        let skipped = try skipPadding()
        if skipped > 0 { repairs.append("skipped \(skipped) bytes of line breaks or padding before the record") }
        guard try ensureAvailable(1) else { return nil }
        let end = try findEnd(&repairs)
        let frame = Frame(offset: bufferOffset + position, repairs: repairs)
        let start = position
        position = end
        return try buffer.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<end]), frame)
        }
    }

    /// Returns the end (exclusive) in `buffer` of the record starting at `position`.
    private mutating func findEnd(_ repairs: inout [String]) throws -> Int {
        _ = try ensureAvailable(ISO2709.leaderLength)
        let declared = declaredLength()
        if let declared, declared >= ISO2709.leaderLength, try ensureAvailable(declared) {
            let last = buffer[position + declared - 1]
            if last == ISO2709.recordTerminator { return position + declared }
            // Missing record terminator: the length ends on a field terminator and another leader follows.
            if last == ISO2709.fieldTerminator, nextTerminator(from: position, before: position + declared) == nil,
               try startsLikeLeader(atRelative: declared)
            {
                repairs.append("record terminator missing; the leader's length \(declared) was believed")
                return position + declared
            }
        }
        guard let terminator = try terminatorSearchingForward() else {
            let end = buffer.count
            repairs.append("input ends without a record terminator; the last \(end - position) bytes were read as a record")
            return end
        }
        let actual = terminator + 1 - position
        if let declared, declared != actual {
            repairs.append("leader says the record is \(declared) bytes long but it ends after \(actual) bytes")
        } else if declared == nil {
            repairs.append("record length in the leader is not a number; the record ends after \(actual) bytes")
        }
        return terminator + 1
    }

    private func declaredLength() -> Int? {
        guard buffer.count - position >= 5 else { return nil }
        return buffer.withUnsafeBufferPointer { ISO2709.number($0, at: position, count: 5) }
    }

    /// True when five digits (a record length) stand `relative` bytes after `position`, or the input ends there.
    private mutating func startsLikeLeader(atRelative relative: Int) throws -> Bool {
        guard try ensureAvailable(relative + 5) else { return buffer.count - position == relative }
        return (0..<5).allSatisfy { ISO2709.isDigit(buffer[position + relative + $0]) }
    }

    private func nextTerminator(from start: Int, before end: Int) -> Int? {
        buffer.withUnsafeBufferPointer { all in
            guard start < end, let hit = memchr(all.baseAddress! + start, Int32(ISO2709.recordTerminator), end - start) else { return nil }
            return all.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Index of the next record terminator at or after `position`, reading more input as needed.
    private mutating func terminatorSearchingForward() throws -> Int? {
        var searched = 0  // bytes after `position` already searched; readMore may move `position`
        while true {
            if let hit = nextTerminator(from: position + searched, before: buffer.count) { return hit }
            searched = buffer.count - position
            guard try readMore() else { return nil }
        }
    }

    /// Skips line breaks, blanks, NULs and Ctrl-Z between records; returns how many bytes.
    private mutating func skipPadding() throws -> Int {
        var skipped = 0
        while try ensureAvailable(1) {
            switch buffer[position] {
            case 0x0A, 0x0D, 0x20, 0x00, 0x1A:
                position += 1
                skipped += 1
            default: return skipped
            }
        }
        return skipped
    }

    /// Makes sure `count` bytes from `position` are in the buffer; false if the input ends first.
    private mutating func ensureAvailable(_ count: Int) throws -> Bool {
        while buffer.count - position < count {
            let before = buffer.count - position
            guard try readMore(), buffer.count - position > before else { return false }
        }
        return true
    }

    /// Drops consumed bytes and appends the next chunk; false at the end of the input.
    private mutating func readMore() throws -> Bool {
        if atEnd { return false }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            bufferOffset += position
            position = 0
        }
        if try source.read(into: &buffer, upTo: chunkSize) == 0 { atEnd = true }
        return !atEnd
    }
}
