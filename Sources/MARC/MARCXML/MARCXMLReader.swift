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
/// work rather than pass for a short file. After the throw, `next()` returns nil. (Resynchronising on the
/// next `<record` with a fresh parser would save the rest of the file; not done yet.)
///
/// **Safety**: external entities and DTDs are never loaded and the network never touched; entity bombs stop
/// the parse (libxml2's own loop check for billion laughs, our expansion limit for the quadratic blowup, see
/// `MARCXMLParser`). libxml2 never prints: its messages become findings (`marcxml.parser-error`,
/// `marcxml.parser-warning`) or the fatal error above.
///
/// **Encoding**: libxml2 decodes what the XML declaration names (UTF-8, Latin-1 …); bytes that are not in
/// that encoding are a fatal error. `ReadRecord.encoding` is `.ascii` when all of a record's text is ASCII,
/// else `.utf8` (the text as delivered).
public final class MARCXMLReader: RecordReader {
    public static let chunkSize = 256 * 1024
    /// At most this many bytes of an unreadable record are kept for the report.
    static let rawBytesLimit = 64 * 1024

    private let source: any ByteSource
    private let parser: MARCXMLParser
    /// The last bytes read (at least one chunk, at most two), kept to quote an unreadable record.
    private var window: [UInt8] = []
    /// The source offset of `window[0]`.
    private var windowOffset = 0
    private var ended = false
    private var pendingError: MARCError?

    public init(source: any ByteSource) {
        self.source = source
        parser = MARCXMLParser(file: source.name)
        window.reserveCapacity(2 * MARCXMLReader.chunkSize)
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
        if window.count > MARCXMLReader.chunkSize {
            let drop = window.count - MARCXMLReader.chunkSize
            window.removeFirst(drop)
            windowOffset += drop
        }
        let start = window.count
        let count = try source.read(into: &window, upTo: MARCXMLReader.chunkSize)
        parser.parse(window[start...], terminate: count == 0)
        if count == 0 { ended = true }
        if let fatal = parser.fatal {
            let reason = "line \(fatal.line): \(fatal.message)"
            parser.builder.failRecordInProgress(reason: reason, rawBytes: rawBytesOfRecordInProgress())
            pendingError = .invalidXML(path: source.name, line: fatal.line, reason: fatal.message)
            ended = true
        }
    }

    /// The bytes from the start of the record in progress to the end of what was read, as far as the
    /// window still holds them.
    private func rawBytesOfRecordInProgress() -> [UInt8] {
        guard parser.builder.inRecord else { return [] }
        let start = min(window.count, max(0, parser.builder.location.byteOffset - windowOffset))
        return Array(window[start...].prefix(MARCXMLReader.rawBytesLimit))
    }
}
