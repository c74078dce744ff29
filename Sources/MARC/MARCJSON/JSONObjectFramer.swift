/// Cuts a stream of JSON into its top-level objects without parsing them: JSON Lines (one object a line), a
/// JSON array of objects, or objects pretty-printed over many lines. It tracks only string and escape state and
/// bracket depth, and holds only the current object, so memory stays flat however large an array is.
///
/// Recovery from broken input: in JSON Lines (decided when the first object starts and ends on one line) an
/// object still open at a line end is cut there. In any layout an open object is cut before a `{` that cannot
/// continue it (one not after `[`, `,` or `:`) or that opens a new record (first key "leader" or "fields").
/// Text outside any object, other than `[`, `]`, `,` and blanks, comes out as a frame of its own, to its line end.
struct JSONObjectFramer {
    struct Frame {
        var bytes: [UInt8]
        var offset: Int
        /// 1-based line of the first byte.
        var line: Int
        /// Why the framer already knows this is not one well-formed object.
        var problem: String?
    }

    private let source: any ByteSource
    private var buffer: [UInt8] = []
    private var position = 0
    /// Input offset of `buffer[0]`.
    private var bufferOffset = 0
    private var atEnd = false
    private var line = 1
    /// Decided by the first object: true when it started and ended on one line.
    private var jsonLines: Bool?
    /// Start of the frame being cut: kept in the buffer when more input is read.
    private var mark: Int?

    init(source: any ByteSource) { self.source = source }

    mutating func next() throws -> Frame? {
        // Between objects.
        while true {
            guard let byte = try peek() else { return nil }
            switch byte {
            case 0x20, 0x09, 0x0D, 0x5B, 0x5D, 0x2C: advance()
            case 0x0A: advance()
            case 0x7B: return try object()
            case 0xEF where bufferOffset + position == 0:
                mark = 0
                while buffer.count < 3 && !atEnd { try fill() }
                mark = nil
                guard buffer.starts(with: [0xEF, 0xBB, 0xBF]) else { return try strayText() }
                position = 3
            default: return try strayText()
            }
        }
    }

    private mutating func object() throws -> Frame {
        mark = position
        let startLine = line
        var depth = 0
        var inString = false
        var escaped = false
        var problem: String?
        var lastSignificant: UInt8 = 0x5B
        while let byte = try peek() {
            let previous = lastSignificant
            if byte > 0x20 { lastSignificant = byte }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                if byte == 0x0A {
                    problem = problem ?? "a string runs past the end of line \(line)"
                    inString = false
                    escaped = false
                } else {
                    advance()
                    continue
                }
            }
            if byte == 0x7B && depth > 0 {
                let startsAnother = try !JSONObjectFramer.mayPrecedeValue(previous) || startsRecord()
                if startsAnother {
                    return frame(line: startLine, problem: problem ?? "the object is not closed before the next one starts on line \(line)")
                }
            }
            switch byte {
            case 0x22: inString = true
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 {
                    advance()
                    if jsonLines == nil { jsonLines = line == startLine }
                    return frame(line: startLine, problem: problem)
                }
            case 0x0A where jsonLines == true:
                return frame(line: startLine, problem: problem ?? "the object does not end on its line (\(startLine))")
            default: break
            }
            advance()
        }
        return frame(line: startLine, problem: problem ?? "the input ends inside the object")
    }

    /// True when a value may follow `byte` in JSON (after `[`, `,` or `:`); a `{` anywhere else starts a new record.
    private static func mayPrecedeValue(_ byte: UInt8) -> Bool { byte == 0x5B || byte == 0x2C || byte == 0x3A }

    /// True when the `{` at `position` opens a MARC-in-JSON record (its first key is "leader" or "fields"): no
    /// nested object of the format has those keys, so the open object before it is broken.
    private mutating func startsRecord() throws -> Bool {
        var ahead = 1
        while let byte = try peek(ahead: ahead), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09, ahead < 64 {
            ahead += 1
        }
        let keys = [Array(#""leader""#.utf8), Array(#""fields""#.utf8)]
        for key in keys {
            var same = true
            for (k, expected) in key.enumerated() where try peek(ahead: ahead + k) != expected {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    /// The byte `ahead` bytes after `position`, reading more input if needed.
    private mutating func peek(ahead: Int) throws -> UInt8? {
        while position + ahead >= buffer.count {
            if atEnd { return nil }
            try fill()
        }
        return buffer[position + ahead]
    }

    /// Text that is not an object: everything up to the end of its line, or the next `{`.
    private mutating func strayText() throws -> Frame {
        mark = position
        let startLine = line
        while let byte = try peek(), byte != 0x0A, byte != 0x7B { advance() }
        return frame(line: startLine, problem: "text outside any JSON object")
    }

    private mutating func frame(line startLine: Int, problem: String?) -> Frame {
        let start = mark ?? position
        mark = nil
        let frame = Frame(bytes: Array(buffer[start..<position]), offset: bufferOffset + start, line: startLine, problem: problem)
        // Drop what is consumed, now and then, so the buffer does not grow with the input.
        if position > 1 << 16 {
            buffer.removeFirst(position)
            bufferOffset += position
            position = 0
        }
        return frame
    }

    @inline(__always)
    private mutating func advance() {
        if buffer[position] == 0x0A { line += 1 }
        position += 1
    }

    /// The byte at `position`, reading more input if needed.
    @inline(__always)
    private mutating func peek() throws -> UInt8? {
        while position >= buffer.count {
            if atEnd { return nil }
            try fill()
        }
        return buffer[position]
    }

    /// Reads more input; first drops the consumed bytes before `mark` (or `position`) when they are half the buffer.
    private mutating func fill() throws {
        let keep = mark ?? position
        if keep > 0 && keep >= buffer.count / 2 {
            buffer.removeFirst(keep)
            bufferOffset += keep
            position -= keep
            if mark != nil { mark = 0 }
        }
        if try source.read(into: &buffer, upTo: 1 << 16) == 0 { atEnd = true }
    }
}
