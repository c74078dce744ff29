/// One physical line of a text input, without its line end.
struct PhysicalLine: Sendable {
    var bytes: [UInt8]
    /// 1-based line number.
    var number: Int
    /// Byte offset of the line's first byte in the input.
    var offset: Int
    /// The line end as it stood in the input (`\r\n`, `\n`, or nothing at the end of the input), for raw bytes.
    var terminator: [UInt8]

    /// The line as it stood in the input, line end included.
    var rawBytes: [UInt8] { bytes + terminator }

    /// True when the line holds nothing but blanks.
    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// Cuts a byte source into lines, pulling chunks as needed so that only the current line is held in memory.
/// Accepts LF and CRLF line ends (a lone CR is kept as data) and drops a UTF-8 byte order mark at the start.
struct LineSplitter {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    /// Start of the next line in `buffer`.
    private var start = 0
    /// Where the search for the next LF resumes.
    private var scanned = 0
    /// Input offset of `buffer[0]`.
    private var bufferOffset = 0
    private var lineNumber = 0
    private var atEnd = false
    private let chunkSize: Int

    init(source: any ByteSource, chunkSize: Int = 1 << 16) {
        self.source = source
        self.chunkSize = chunkSize
    }

    /// The next line, or nil at the end of the input.
    mutating func next() throws -> PhysicalLine? {
        while true {
            if let lf = buffer[scanned...].firstIndex(of: 0x0A) {
                return cut(through: lf)
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                return cut(through: nil)
            }
            try fill()
        }
    }

    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            bufferOffset += start
            scanned -= start
            start = 0
        }
        if try source.read(into: &buffer, upTo: chunkSize) == 0 { atEnd = true }
        if lineNumber == 0, bufferOffset == 0, buffer.count >= 3, buffer.starts(with: [0xEF, 0xBB, 0xBF]), start == 0 {
            start = 3
            scanned = max(scanned, 3)
        }
    }

    /// Cuts the line that ends with the LF at `lf` (nil: the unterminated last line).
    private mutating func cut(through lf: Int?) -> PhysicalLine {
        let end = lf ?? buffer.count
        var contentEnd = end
        var terminator: [UInt8] = []
        if let lf {
            terminator = [0x0A]
            if lf > start && buffer[lf - 1] == 0x0D {
                contentEnd = lf - 1
                terminator = [0x0D, 0x0A]
            }
        }
        lineNumber += 1
        let line = PhysicalLine(bytes: Array(buffer[start..<contentEnd]), number: lineNumber,
                                offset: bufferOffset + start, terminator: terminator)
        start = lf.map { $0 + 1 } ?? buffer.count
        scanned = start
        return line
    }
}
