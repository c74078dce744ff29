import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
/// **A fatal XML error costs only the record it is in.** libxml2 cannot go on after one, so the parsing
/// thread looks in the raw bytes for the next record start tag after the broken record's start (`<record` or
/// `<p:record` for a prefix `p` bound to the slim namespace, then whitespace, `>` or `/`; the search crosses
/// chunk boundaries and keeps at most two chunks), and starts a fresh parser there, first feeding it a
/// synthetic opening: the XML declaration's encoding and a root start tag re-declaring the namespaces that
/// were in scope around the broken record, so prefixed, default-namespace and wrapped (OAI-PMH, SRU) records parse the
/// same. The broken record becomes `.failure(UnreadableRecord)` with its location (number, byte offset, line
/// of its `<record`), the error text and its line, and its bytes up to the next record start (at most
/// `rawBytesLimit`, from the oldest byte still held when the record is longer than two chunks). A record
/// whose start tag itself is broken still takes its number; bytes outside any record that cannot be read
/// become one unreadable chunk numbered like a document finding (only a `marcxml.parser-fatal` document
/// finding when they are whitespace, e.g. a missing `</collection>`). Record numbers, byte offsets and lines
/// after a restart are the original file's. If no record start follows, the file ends normally. After a
/// restart, the end tags of what enclosed the records (`</collection>`, OAI-PMH's and SRU's wrappers) meet
/// the synthetic root: that is no error in the file, so the parser restarts at the next record start
/// silently (each such restart follows a record read, so they cannot loop).
///
/// Limits of recovery: a record left unclosed swallows the records after it until libxml2 notices; those
/// still held (the last two chunks) are read again after the restart, older ones go with the broken record.
/// Entities declared in the DTD are not defined after a restart (the DTD is not replayed), so records that
/// use them are unreadable there.
///
/// **Still fatal** (the records finished before, the record in progress as a failure, then `next()` throws
/// `MARCError.invalidXML` with the file and line, then returns nil): an error before the root element began
/// (not XML at all, an empty file, an unsupported encoding declaration); a document in an encoding that is
/// not ASCII-compatible (UTF-16, UTF-32, EBCDIC), where `<record` cannot be found in the bytes; an entity
/// attack (below); and more than `maxRestarts` errors in one file.
///
/// **Safety**: external entities and DTDs are never loaded and the network never touched; entity bombs stop
/// the file (libxml2's own loop check for billion laughs, our expansion limit for the quadratic blowup, see
/// `MARCXMLParser`) and are never resumed. A restarted parser has no DTD, so no entities but the predefined
/// ones, and it carries the entity-text count over and measures it against the whole file's bytes, so
/// injecting errors resets no accounting. Every restart starts past the last one, so a file of garbage ends in
/// time linear in its size. libxml2 never prints: its messages become findings (`marcxml.parser-error`,
/// `marcxml.parser-warning`) or the errors above.
///
/// **Encoding**: libxml2 decodes what the XML declaration names (UTF-8, Latin-1 …); bytes that are not in
/// that encoding are a fatal error (recovered from as above). `ReadRecord.encoding` is `.ascii` when all of
/// a record's text is ASCII, else `.utf8` (the text as delivered).
public final class MARCXMLReader: RecordReader {
    /// libxml2 parses on the reader's own thread; records are built on the caller's.
    public var parsesOnItsOwnThread: Bool { true }

    public static let chunkSize = 256 * 1024
    /// At most this many bytes of an unreadable record are kept for the report.
    static let rawBytesLimit = 64 * 1024
    /// How many parsed chunks may wait for the builder.
    static let chunksAhead = 4
    /// After this many restarts in one file, the next fatal error ends it.
    static let maxRestarts = 100_000

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
    /// between records, fatal errors that cost no record. Complete once `next()` has returned nil.
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
        if let broken = chunk.broken {
            let reason = "line \(broken.line): \(broken.message)"
            switch broken.start {
            case .inProgress:
                builder.failRecordInProgress(reason: reason, rawBytes: broken.rawBytes)
            case let .unstarted(offset, line):
                builder.failUnstartedRecord(at: (offset, line), reason: reason, rawBytes: broken.rawBytes)
            case let .outside(offset, line):
                builder.failOutsideRecord(at: (offset, line), reason: reason, rawBytes: broken.rawBytes)
            }
            if broken.fatal {
                pendingError = MARCError.invalidXML(path: name, line: broken.line, reason: broken.message)
            }
        }
        if chunk.restarted { builder.restart() }
        if let error = chunk.error { pendingError = error }
    }
}

/// What the parsing thread hands over for one chunk of input.
private struct ParsedChunk: @unchecked Sendable {
    /// The part of the file a fatal error made unreadable.
    struct Broken {
        enum Start {
            /// The record in progress (the builder knows where it began).
            case inProgress
            /// A record start tag the parser did not finish.
            case unstarted(offset: Int, line: Int)
            /// Bytes outside any record.
            case outside(offset: Int, line: Int)
        }
        var line: Int
        var message: String
        var start: Start
        var rawBytes: [UInt8]
        /// Not recovered from: the file ends with `MARCError.invalidXML`.
        var fatal: Bool
    }

    var events: MARCXMLEvents
    var ended = false
    var broken: Broken?
    /// A fresh parser took over after `broken`: its events follow in the next chunks.
    var restarted = false
    /// The source failed to read.
    var error: (any Error)?
}

/// Reads the source and runs libxml2 over it, chunk by chunk, until the end, an unrecoverable error, or the
/// reader goes away; after a fatal error, finds the next record start and restarts there.
private final class ParsingThread: @unchecked Sendable {
    private let source: any ByteSource
    private let channel: BoundedChannel<ParsedChunk>
    private var parser: MARCXMLParser
    /// The last bytes read: `current` fills up to a chunk, `previous` holds the chunk before it. Two buffers
    /// that swap roles, so no bytes are moved to make room. Enough to quote an unreadable record and to
    /// restart the parser at a record start up to two chunks back.
    private var current: [UInt8] = []
    private var previous: [UInt8] = []
    /// The source offset of `current[0]`.
    private var currentOffset = 0
    /// The source offset of the next byte for the parser.
    private var fed = 0
    private var atEnd = false
    /// Where the current parser's file bytes begin, and how many restarts there were.
    private var restartOffset = 0
    private var restarts = 0
    /// A known line: the line of the byte at `offset`, kept inside the window so any line there can be counted.
    private var lineMark = (offset: 0, line: 1)

    init(source: any ByteSource, channel: BoundedChannel<ParsedChunk>) {
        self.source = source
        self.channel = channel
        parser = MARCXMLParser(file: source.name)
        current.reserveCapacity(MARCXMLReader.chunkSize)
        previous.reserveCapacity(MARCXMLReader.chunkSize)
    }

    private var windowStart: Int { currentOffset - previous.count }
    private var windowEnd: Int { currentOffset + current.count }

    func run() {
        while true {
            let chunk = parseNextChunk()
            guard channel.put(chunk), !chunk.ended else { return }
        }
    }

    private func parseNextChunk() -> ParsedChunk {
        if fed == windowEnd && !atEnd {
            do {
                try readMore()
            } catch {
                return ParsedChunk(events: parser.takeEvents(), ended: true, error: error)
            }
        }
        if fed == windowEnd {
            parser.parse(UnsafeBufferPointer(start: nil, count: 0), terminate: atEnd)
        } else {
            segments(from: fed, to: windowEnd) { bytes, last in parser.parse(bytes, terminate: last && atEnd) }
            fed = windowEnd
        }
        var chunk = ParsedChunk(events: parser.takeEvents(), ended: atEnd)
        if let fatal = parser.fatal {
            chunk.ended = false
            do {
                try recover(from: fatal, into: &chunk)
            } catch {
                chunk.error = error
                chunk.ended = true
            }
        }
        return chunk
    }

    /// Reads the next bytes of the source into the window (sets `atEnd` at the end).
    private func readMore() throws {
        if current.count >= MARCXMLReader.chunkSize {
            // Keep the line mark inside the window that is left.
            if let anchor = parser.anchor, anchor.offset > lineMark.offset, anchor.offset >= windowStart, anchor.offset <= windowEnd {
                lineMark = anchor
            }
            if lineMark.offset < currentOffset { lineMark = (currentOffset, line(at: currentOffset)) }
            swap(&current, &previous)
            currentOffset += previous.count
            current.removeAll(keepingCapacity: true)
        }
        if try source.read(into: &current, upTo: MARCXMLReader.chunkSize) == 0 { atEnd = true }
    }

    /// Calls `body` with the window's bytes in `start..<end` (one or two runs), and whether a run is the last.
    private func segments(from start: Int, to end: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        precondition(start >= windowStart && end <= windowEnd)
        if start < currentOffset {
            let upper = min(end, currentOffset) - windowStart
            previous.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(start - windowStart)..<upper]), end <= currentOffset) }
        }
        if end > currentOffset {
            current.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(max(start, currentOffset) - currentOffset)..<(end - currentOffset)]), true) }
        }
    }

    private func byte(at offset: Int) -> UInt8 {
        offset >= currentOffset ? current[offset - currentOffset] : previous[offset - windowStart]
    }

    /// The line of the byte at `offset` (in the window).
    private func line(at offset: Int) -> Int {
        if offset >= lineMark.offset { return lineMark.line + newlines(from: lineMark.offset, to: offset) }
        return lineMark.line - newlines(from: offset, to: lineMark.offset)
    }

    private func newlines(from start: Int, to end: Int) -> Int {
        var count = 0
        segments(from: start, to: end) { bytes, _ in
            for byte in bytes where byte == 0x0A { count += 1 }
        }
        return count
    }

    // MARK: - Recovery

    private func recover(from fatal: MARCXMLFatal, into chunk: inout ParsedChunk) throws {
        let inProgress = parser.recordInProgress
        let hopeless = fatal.isAttack || !fatal.asciiCompatible || (restarts == 0 && !parser.started)
        let tooMany = restarts >= MARCXMLReader.maxRestarts
        var broken = ParsedChunk.Broken(line: fatal.line, message: tooMany && !hopeless
            ? "\(fatal.message) (more than \(MARCXMLReader.maxRestarts) XML errors: the rest of the file was not read)"
            : fatal.message, start: .inProgress, rawBytes: [], fatal: hopeless || tooMany)
        if broken.fatal {
            // As before recovery: the record in progress with the bytes still held of it, then the end.
            if let inProgress {
                broken.rawBytes = bytes(from: max(inProgress.offset, windowStart), to: windowEnd)
            }
            chunk.broken = broken
            chunk.ended = true
            return
        }
        let patterns = MARCXMLRecordStart(slimPrefixes: fatal.slimPrefixes)
        if restarts > 0 && fatal.closesRoot && inProgress == nil {
            // Only the end tag of a wrapper around the records met the synthetic root: no error in the file.
            // A record was read since the restart, so this one starts further on.
            var searchFrom = max(fatal.offset, restartOffset + 1, windowStart)
            while true {
                switch find(patterns, from: searchFrom) {
                case let .found(offset):
                    restart(at: offset, patterns: patterns, fatal: fatal, counted: false)
                    chunk.restarted = true
                    return
                case let .needMore(from):
                    searchFrom = from
                    if atEnd {
                        chunk.ended = true
                        fed = windowEnd
                        return
                    }
                    try readMore()
                }
            }
        }
        let rawStart: Int
        var searchFrom: Int
        if let inProgress {
            rawStart = max(inProgress.offset, windowStart)
            searchFrom = max(inProgress.offset + 1, windowStart)
        } else {
            var lower = min(max(parser.lastRecordEnd ?? restartOffset, restartOffset, windowStart), windowEnd)
            // libxml2 gives positions as far as it had read: the last record end tag says where that record ended.
            if let end = lastRecordEndTag(patterns, from: max(restartOffset, windowStart), before: lower) { lower = end }
            while lower < windowEnd, [0x20, 0x09, 0x0A, 0x0D].contains(byte(at: lower)) { lower += 1 }
            let errorAt = min(max(fatal.offset, lower), windowEnd)
            if let start = findRecordStart(patterns, from: lower, before: errorAt) ?? cutOffRecordStart(patterns, at: lower) {
                broken.start = .unstarted(offset: start, line: line(at: start))
                rawStart = start
                searchFrom = start + 1
            } else {
                broken.start = .outside(offset: lower, line: line(at: lower))
                rawStart = lower
                searchFrom = lower
            }
        }
        // The broken part runs to the next record start; its first bytes are kept as it goes by.
        var raw: [UInt8] = []
        var rawEnd = rawStart
        func keep(upTo end: Int) {
            let stop = min(end, rawStart + MARCXMLReader.rawBytesLimit)
            if stop > rawEnd { raw += bytes(from: rawEnd, to: stop) }
            rawEnd = max(rawEnd, end)
        }
        var next: Int?
        search: while true {
            switch find(patterns, from: searchFrom) {
            case let .found(offset):
                next = offset
                break search
            case let .needMore(from):
                searchFrom = from
                keep(upTo: searchFrom)
                if atEnd { break search }
                try readMore()
            }
        }
        keep(upTo: next ?? windowEnd)
        broken.rawBytes = raw
        chunk.broken = broken
        guard let next else {
            chunk.ended = true
            fed = windowEnd
            return
        }
        restart(at: next, patterns: patterns, fatal: fatal)
        chunk.restarted = true
    }

    /// `offset` when the input ends there in the middle of a record start tag (`<recor`, `<record ty`): the file
    /// was cut off as a record began.
    private func cutOffRecordStart(_ patterns: MARCXMLRecordStart, at offset: Int) -> Int? {
        guard atEnd, offset < windowEnd, byte(at: offset) == 0x3C else { return nil }
        let rest = bytes(from: offset + 1, to: windowEnd)
        return patterns.names.contains { name in
            rest.count <= name.count ? name.starts(with: rest) : rest.starts(with: name) && !rest.contains(0x3E)
        } ? offset : nil
    }

    /// Just past the last record end tag (`</record>`, `</marc:record>` …) in `from..<before`, if there is one.
    private func lastRecordEndTag(_ patterns: MARCXMLRecordStart, from: Int, before: Int) -> Int? {
        var end = before - 1
        while end > from {
            if byte(at: end) == 0x3E {  // '>'
                for name in patterns.names where end - name.count - 2 >= from {
                    let start = end - name.count - 2
                    if byte(at: start) == 0x3C, byte(at: start + 1) == 0x2F, name.indices.allSatisfy({ byte(at: start + 2 + $0) == name[$0] }) {
                        return end + 1
                    }
                }
            }
            end -= 1
        }
        return nil
    }

    /// A record start in `from..<before`, all in the window.
    private func findRecordStart(_ patterns: MARCXMLRecordStart, from: Int, before: Int) -> Int? {
        guard from < before else { return nil }
        if case let .found(offset) = find(patterns, from: from), offset < before { return offset }
        return nil
    }

    /// A fresh parser for the file from `offset` (a record start), behind a synthetic opening.
    private func restart(at offset: Int, patterns: MARCXMLRecordStart, fatal: MARCXMLFatal, counted: Bool = true) {
        var opening = "<?xml version=\"1.0\""
        if let encoding = fatal.encoding { opening += " encoding=\"\(MARCXMLRecordStart.escape(encoding))\"" }
        opening += "?><samkat-restart"
        for (prefix, uri) in fatal.namespaces {
            opening += prefix.map { " xmlns:\($0)=\"" } ?? " xmlns=\""
            opening += MARCXMLRecordStart.escape(uri) + "\""
        }
        opening += ">"
        let bytes = Array(opening.utf8)
        let expanded = parser.expandedBytes
        parser = MARCXMLParser(file: source.name, restart: .init(
            offsetBase: offset - bytes.count, lineBase: line(at: offset) - 1, expandedBytes: expanded))
        bytes.withUnsafeBufferPointer { parser.parse($0, terminate: false) }
        fed = offset
        restartOffset = offset
        if counted { restarts += 1 } else { restarts = max(restarts, 1) }
    }

    private func bytes(from start: Int, to end: Int) -> [UInt8] {
        var result: [UInt8] = []
        guard start < end else { return result }
        segments(from: start, to: end) { bytes, _ in result.append(contentsOf: bytes) }
        return result
    }

    /// The offset of the first `<` at or after `start` in the window, if any.
    private func nextOpenBracket(from start: Int) -> Int? {
        var position = start
        var found: Int?
        segments(from: start, to: windowEnd) { bytes, _ in
            guard found == nil else { return }
            if let base = bytes.baseAddress, !bytes.isEmpty, let hit = memchr(base, 0x3C, bytes.count) {
                found = position + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
            }
            position += bytes.count
        }
        return found
    }

    private enum Search { case found(Int), needMore(from: Int) }

    /// The first record start tag at or after `start` in the window, or where to go on once more is read
    /// (at the end of the input: there is none).
    private func find(_ patterns: MARCXMLRecordStart, from start: Int) -> Search {
        var position = start
        while let open = nextOpenBracket(from: position) {
            var partial = false
            for name in patterns.names {
                let terminator = open + 1 + name.count
                var matched = true
                for (index, expected) in name.enumerated() where open + 1 + index < windowEnd {
                    if byte(at: open + 1 + index) != expected { matched = false; break }
                }
                guard matched else { continue }
                if terminator >= windowEnd {
                    partial = partial || !atEnd
                } else if MARCXMLRecordStart.isTerminator(byte(at: terminator)) {
                    return .found(open)
                }
            }
            if partial { return .needMore(from: open) }
            position = open + 1
        }
        return .needMore(from: windowEnd)
    }
}

/// The record start tags a restart looks for: `<record`, and `<p:record` for each prefix `p` bound to the
/// MARC21 slim namespace, followed by whitespace, `>` or `/`.
private struct MARCXMLRecordStart {
    let names: [[UInt8]]

    init(slimPrefixes: [String]) {
        names = [Array("record".utf8)] + slimPrefixes.map { Array(($0 + ":record").utf8) }
    }

    static func isTerminator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x3E || byte == 0x2F
    }

    /// Text for an attribute value of the synthetic opening: ASCII, markup and non-ASCII as references.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "&" || scalar == "<" || scalar == "\"" || scalar.value >= 0x80 || scalar.value < 0x20 {
                result += "&#\(scalar.value);"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
