/// Reads MARCXML as a stream: libxml2's SAX2 push parser is fed 256 KB at a time, so memory stays flat
/// whatever the file size.
///
/// Accepts a `<collection>` of records or a bare `<record>`, in the MARC21 slim namespace (default or
/// prefixed) or in no namespace, and finds records inside other XML (OAI-PMH, SRU): an element counts when its
/// local name is a MARCXML one and its namespace is slim or none. Malformed attributes are repaired, each
/// repair a `Finding` on the record (see `MARCXMLRepair`). Text is NFC.
///
/// **After a fatal XML error** (the document is not well-formed) libxml2 cannot go on. The reader then
/// returns the records finished before the error, then the record in progress as `.failure(UnreadableRecord)`
/// (its location, the error text with its line, and the bytes read of it), and then `next()` throws
/// `MARCError.invalidXML` with the file and line: the rest of the file was not read, and that must stop the
/// work rather than pass for a short file. After the throw, `next()` returns nil.
public final class MARCXMLReader: RecordReader {
    public static let chunkSize = 256 * 1024
    /// At most this many bytes of an unreadable record are kept for the report.
    static let rawBytesLimit = 64 * 1024

    private let source: any ByteSource
    private let parser: MARCXMLParser
    private var chunk: [UInt8] = []
    private var previousChunk: [UInt8] = []
    /// Source offsets of `chunk[0]` and `previousChunk[0]`.
    private var chunkOffset = 0
    private var previousChunkOffset = 0
    private var ended = false
    private var pendingError: MARCError?

    public init(source: any ByteSource) {
        self.source = source
        parser = MARCXMLParser(file: source.name)
        chunk.reserveCapacity(MARCXMLReader.chunkSize)
        previousChunk.reserveCapacity(MARCXMLReader.chunkSize)
    }

    /// Findings about the document outside any record: MARC fields outside a `<record>`, parser warnings
    /// between records. Complete once `next()` has returned nil.
    public var documentFindings: [Finding] { parser.builder.documentFindings }

    public func next() throws -> RecordResult? {
        while true {
            if let result = parser.builder.popResult() { return result }
            if let error = pendingError {
                pendingError = nil
                throw error
            }
            if ended { return nil }
            try feed()
        }
    }

    private func feed() throws {
        swap(&chunk, &previousChunk)
        previousChunkOffset = chunkOffset
        chunkOffset += previousChunk.count
        chunk.removeAll(keepingCapacity: true)
        let count = try source.read(into: &chunk, upTo: MARCXMLReader.chunkSize)
        parser.parse(chunk, terminate: count == 0)
        if count == 0 { ended = true }
        if let fatal = parser.fatal {
            let reason = "line \(fatal.line): \(fatal.message)"
            parser.builder.failRecordInProgress(reason: reason, rawBytes: rawBytesOfRecordInProgress())
            pendingError = .invalidXML(path: source.name, line: fatal.line, reason: fatal.message)
            ended = true
        }
    }

    /// The bytes from the start of the record in progress to the end of what was read, as far as the last
    /// two chunks still hold them.
    private func rawBytesOfRecordInProgress() -> [UInt8] {
        guard parser.builder.inRecord else { return [] }
        var bytes: [UInt8] = []
        let start = parser.builder.location.byteOffset
        if start < chunkOffset {
            bytes += previousChunk[max(0, start - previousChunkOffset)...]
        }
        bytes += chunk[max(0, min(chunk.count, start - chunkOffset))...]
        return Array(bytes.prefix(MARCXMLReader.rawBytesLimit))
    }
}
