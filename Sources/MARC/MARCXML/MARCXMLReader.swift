import Foundation

/// Reads MARCXML as a stream: libxml2's SAX2 push parser is fed 256 KB at a time, so memory stays flat
/// whatever the file size. libxml2 runs on a thread of its own a few chunks ahead, recording element events
/// (`MARCXMLEvents`); records are built from them on the thread that calls `next()`, so parsing and building
/// use two cores.
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
    /// How many parsed chunks may wait for the builder.
    static let chunksAhead = 4

    private let name: String
    private let channel = BoundedChannel<ParsedChunk>(capacity: MARCXMLReader.chunksAhead)
    private var builder: MARCXMLRecordBuilder
    private var ended = false
    private var pendingError: (any Error)?

    public init(source: any ByteSource) {
        name = source.name
        builder = MARCXMLRecordBuilder(file: source.name)
        let parsing = ParsingThread(source: source, channel: channel)
        let thread = Thread { parsing.run() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    deinit { channel.cancel() }

    /// Findings about the document outside any record: MARC fields outside a `<record>`, parser warnings
    /// between records. Complete once `next()` has returned nil.
    public var documentFindings: [Finding] { builder.documentFindings }

    public func next() throws -> RecordResult? {
        while true {
            if let result = builder.popResult() { return result }
            if let error = pendingError {
                pendingError = nil
                throw error
            }
            if ended { return nil }
            receive(channel.take())
        }
    }

    private func receive(_ chunk: ParsedChunk) {
        builder.consume(chunk.events)
        if chunk.ended { ended = true }
        if let fatal = chunk.fatal {
            let reason = "line \(fatal.line): \(fatal.message)"
            builder.failRecordInProgress(reason: reason, rawBytes: rawBytesOfRecordInProgress(in: fatal))
            pendingError = MARCError.invalidXML(path: name, line: fatal.line, reason: fatal.message)
        } else if let error = chunk.error {
            pendingError = error
        }
    }

    /// The bytes from the start of the record in progress to the end of what was read, as far as the
    /// window still holds them.
    private func rawBytesOfRecordInProgress(in fatal: ParsedChunk.Fatal) -> [UInt8] {
        guard builder.inRecord else { return [] }
        let window = fatal.window
        let start = min(window.count, max(0, builder.location.byteOffset - fatal.windowOffset))
        return Array(window[start...].prefix(MARCXMLReader.rawBytesLimit))
    }
}

/// What the parsing thread hands over for one chunk of input.
private struct ParsedChunk: @unchecked Sendable {
    struct Fatal {
        var line: Int
        var message: String
        /// The last bytes read (at least one chunk, at most two), to quote the unreadable record.
        var window: [UInt8]
        /// The source offset of `window[0]`.
        var windowOffset: Int
    }

    var events: MARCXMLEvents
    var ended = false
    var fatal: Fatal?
    /// The source failed to read.
    var error: (any Error)?
}

/// Reads the source and runs libxml2 over it, chunk by chunk, until the end, a fatal error, or the reader
/// goes away.
private final class ParsingThread: @unchecked Sendable {
    private let source: any ByteSource
    private let channel: BoundedChannel<ParsedChunk>
    private let parser: MARCXMLParser
    /// The last bytes read, kept to quote an unreadable record: `current` fills up to a chunk, `previous`
    /// holds the chunk before it. Two buffers that swap roles, so no bytes are moved to make room.
    private var current: [UInt8] = []
    private var previous: [UInt8] = []
    /// The source offset of `current[0]`.
    private var currentOffset = 0

    init(source: any ByteSource, channel: BoundedChannel<ParsedChunk>) {
        self.source = source
        self.channel = channel
        parser = MARCXMLParser(file: source.name)
        current.reserveCapacity(MARCXMLReader.chunkSize)
        previous.reserveCapacity(MARCXMLReader.chunkSize)
    }

    func run() {
        while true {
            let chunk = parseNextChunk()
            guard channel.put(chunk), !chunk.ended else { return }
        }
    }

    private func parseNextChunk() -> ParsedChunk {
        if current.count >= MARCXMLReader.chunkSize {
            swap(&current, &previous)
            currentOffset += previous.count
            current.removeAll(keepingCapacity: true)
        }
        let start = current.count
        let count: Int
        do {
            count = try source.read(into: &current, upTo: MARCXMLReader.chunkSize)
        } catch {
            return ParsedChunk(events: parser.takeEvents(), ended: true, error: error)
        }
        current.withUnsafeBufferPointer { parser.parse(UnsafeBufferPointer(rebasing: $0[start...]), terminate: count == 0) }
        var chunk = ParsedChunk(events: parser.takeEvents(), ended: count == 0)
        if let fatal = parser.fatal {
            chunk.fatal = .init(line: fatal.line, message: fatal.message, window: previous + current,
                                windowOffset: currentOffset - previous.count)
            chunk.ended = true
        }
        return chunk
    }
}
