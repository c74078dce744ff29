import MARC

/// Reads a table dump row by row against its spec, in flat memory whatever the file's size: it pulls chunks
/// from a `ByteSource`, decodes them as they come (a character split across chunks waits for the next one) and
/// yields one result per row. A broken row costs that row only, and is kept with its text; the rest of the
/// table always loads. Thrown errors are for the input failing to read, never for its content.
public struct TableDumpReader {
    public let spec: TableSpec
    public let format: DumpFormat
    public internal(set) var summary: TableDumpSummary

    private let source: ByteSource
    private var buffer: [UInt8] = []
    /// Where `buffer[0]` sits in the input.
    private var bufferBase = 0
    private var position = 0
    private var atEnd = false
    var decoder: ScalarDecoder?
    private var framer: RowFramer
    private var finished = false
    static let chunkSize = 1 << 16

    public init(source: ByteSource, spec: TableSpec, format: DumpFormat) {
        self.source = source
        self.spec = spec
        self.format = format
        framer = RowFramer(format: format)
        summary = TableDumpSummary(file: source.name)
    }

    /// Opens a dump file.
    public init(path: String, spec: TableSpec, format: DumpFormat) throws {
        let input: ByteInput
        do { input = try ByteInput(path: path) } catch { throw ExportsError.cannotRead(file: path, reason: "\(error)") }
        self.init(source: input, spec: spec, format: format)
    }

    /// The encoding in use; `asciiSoFar` until a non-ASCII byte settled an `auto` choice.
    public var encoding: TextEncoding? { decoder?.encoding }

    /// The next row, or nil at the end of the input.
    public mutating func next() throws -> TableDumpResult? {
        if decoder == nil { try start() }
        while true {
            if let framed = framer.takeCompleted() { return result(for: framed) }
            if finished { return nil }
            if decodeSimpleRun() { continue }
            switch decoder!.next(buffer, at: position, end: buffer.count, atEnd: atEnd) {
            case .scalar(let scalar, let length):
                framer.consume(scalar, at: bufferBase + position, length: length)
                position += length
            case .undecodable(let length):
                framer.consume("\u{FFFD}", at: bufferBase + position, length: length,
                               undecodable: Array(buffer[position..<position + length]))
                position += length
            case .needMore:
                if atEnd {
                    framer.finish()
                    finished = true
                    summary.blankLines = framer.blankLines
                    summary.headerLinesSkipped = framer.headerLinesSkipped
                } else {
                    try refill()
                }
            }
            summary.encoding = decoder!.encoding
        }
    }

    /// The common characters, decoded in a tight loop until a row is complete, the buffer runs out or a
    /// character needs `ScalarDecoder` after all (a surrogate, an undecodable byte, UTF-8 beyond ASCII, the
    /// first non-ASCII byte of an `auto` choice). It decodes exactly what `ScalarDecoder` would. Returns
    /// whether a row is complete.
    private mutating func decodeSimpleRun() -> Bool {
        let end = buffer.count
        let base = bufferBase
        var index = position
        defer { position = index }
        switch decoder!.encoding {
        case .utf16le, .utf16be:
            let littleEndian = decoder!.encoding == .utf16le
            while index + 1 < end {
                let unit = littleEndian ? UInt16(buffer[index]) | UInt16(buffer[index + 1]) << 8
                    : UInt16(buffer[index]) << 8 | UInt16(buffer[index + 1])
                guard let scalar = Unicode.Scalar(unit) else { return false }
                framer.consume(scalar, at: base + index, length: 2)
                index += 2
                if unit == 0x0A && framer.hasCompleted { return true }
            }
        case .latin1:
            while index < end {
                guard let scalar = Latin1Text.scalar(buffer[index]) else { return false }
                framer.consume(scalar, at: base + index, length: 1)
                index += 1
                if scalar == "\n" && framer.hasCompleted { return true }
            }
        case .utf8, .asciiSoFar:
            while index < end {
                let byte = buffer[index]
                guard byte < 0x80 else { return false }
                framer.consume(Unicode.Scalar(byte), at: base + index, length: 1)
                index += 1
                if byte == 0x0A && framer.hasCompleted { return true }
            }
        }
        return false
    }

    /// Every remaining row. For small tables and tests; stream big ones with `next()`.
    public mutating func readAll() throws -> [TableDumpResult] {
        var results: [TableDumpResult] = []
        while let result = try next() { results.append(result) }
        return results
    }

    /// Reads the first KB (or the whole input, if shorter) and settles the encoding.
    private mutating func start() throws {
        while buffer.count < EncodingSniffer.sampleSize && !atEnd {
            if try source.read(into: &buffer, upTo: EncodingSniffer.sampleSize - buffer.count) == 0 { atEnd = true }
        }
        let (encoding, bom) = EncodingSniffer.detect(buffer[...], choice: format.encoding)
        decoder = ScalarDecoder(encoding)
        position = bom
        summary.encoding = encoding
    }

    /// Drops what has been decoded and appends the next chunk.
    private mutating func refill() throws {
        if position > 0 {
            buffer.removeFirst(position)
            bufferBase += position
            position = 0
        }
        if try source.read(into: &buffer, upTo: Self.chunkSize) == 0 { atEnd = true }
    }
}
