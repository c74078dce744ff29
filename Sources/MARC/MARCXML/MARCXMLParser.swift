import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One libxml2 SAX2 push parser. Its callbacks only record element events (`MARCXMLEvents`); building records
/// from them is `MARCXMLRecordBuilder`'s work, which may run on another thread.
///
/// The element and text callbacks are C (`marcxml_sax.h` in CLibXML2): they run for every element and text
/// run, and are most of the parsing thread's work after libxml2's own. Only text inside a leader, control
/// field or subfield is recorded. Parser messages are rare and handled here.
///
/// Safety: no option that loads anything (no `XML_PARSE_NOENT`, `DTDLOAD`, `DTDVALID`), `XML_PARSE_NONET`,
/// no external subset callback, an entity resolver that resolves nothing, and no `XML_PARSE_HUGE`, so
/// libxml2's limits on entity amplification (billion laughs) hold; an expansion limit of our own stops the
/// quadratic blowup (`expansionAllowance`). Messages go to a structured error handler, never to stderr.
///
/// The context's `userData` stays the parser context itself, so libxml2's default SAX2 handlers for the DTD
/// (entity declarations, the internal subset) keep working; the callbacks' state hangs on `_private`.
final class MARCXMLParser {
    private let context: xmlParserCtxtPtr
    private let shared: UnsafeMutablePointer<samkat_marcxml_state>
    private let state: UnsafeMutablePointer<MARCXMLParserState>

    /// Where a parser restarted after a fatal error begins (see `MARCXMLReader`): the file's offset and line of
    /// the first byte it is given after the synthetic opening, and the entity text counted so far.
    struct Restart {
        var offsetBase: Int
        var lineBase: Int
        var expandedBytes: Int
    }

    init(file: String, restart: Restart? = nil) {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        samkat_sax_install(&sax)
        // Comments and processing instructions matter to no record; libxml2's handlers would keep them all
        // (as nodes of a document nobody reads) until the end.
        sax.comment = nil
        sax.processingInstruction = nil
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil
        sax.serror = { data, error in
            guard let error, let state = MARCXMLParser.state(data) else { return }
            state.pointee.report(error.pointee)
        }
        guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, file) else {
            preconditionFailure("libxml2 could not allocate a parser context")
        }
        self.context = context
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        shared = .allocate(capacity: 1)
        shared.initialize(to: samkat_marcxml_state())
        shared.pointee.context = context
        shared.pointee.events.capacity = 64 * 1024
        samkat_events_restart(&shared.pointee.events)
        shared.pointee.expansion_allowance = MARCXMLParser.expansionAllowance
        shared.pointee.expansion_ratio = MARCXMLParser.expansionRatio
        shared.pointee.record_end_offset = -1
        shared.pointee.anchor_offset = -1
        if let restart {
            shared.pointee.offset_base = restart.offsetBase
            shared.pointee.line_base = restart.lineBase
            shared.pointee.expanded_bytes = restart.expandedBytes
        }
        state = .allocate(capacity: 1)
        state.initialize(to: MARCXMLParserState(context: context, shared: shared))
        shared.pointee.owner = UnsafeMutableRawPointer(state)
        context.pointee._private = UnsafeMutableRawPointer(shared)
    }

    deinit {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        context.pointee.myDoc = nil
        xmlFreeParserCtxt(context)
        free(shared.pointee.events.base)
        shared.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The first fatal error. After one, libxml2 stops calling back.
    var fatal: MARCXMLFatal? { state.pointee.fatal }

    /// The root element has begun.
    var started: Bool { shared.pointee.started != 0 }
    /// The file offset and line of the `<` of the outermost record open, if one is.
    var recordInProgress: (offset: Int, line: Int)? {
        shared.pointee.record_depth == 0 ? nil : (shared.pointee.record_offset, shared.pointee.record_line)
    }
    /// The file offset just past the last outermost record's end tag, if one ended.
    var lastRecordEnd: Int? { shared.pointee.record_end_offset < 0 ? nil : shared.pointee.record_end_offset }
    /// The file offset and line of the last tag whose position was taken (a record start, mostly).
    var anchor: (offset: Int, line: Int)? {
        shared.pointee.anchor_offset < 0 ? nil : (shared.pointee.anchor_offset, shared.pointee.anchor_line)
    }
    /// Text that came out of entity references so far (carried over to a restarted parser).
    var expandedBytes: Int { shared.pointee.expanded_bytes }

    /// Parses the next bytes of the document; `terminate` on the last call.
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, terminate: Bool) {
        guard state.pointee.fatal == nil else { return }
        let start = UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self)
        _ = xmlParseChunk(context, start, Int32(bytes.count), terminate ? 1 : 0)
        state.pointee.noteExpansionStop()
        if state.pointee.fatal == nil && context.pointee.wellFormed == 0 && context.pointee.disableSAX != 0 {
            state.pointee.setFatal(line: state.pointee.line, "libxml2 stopped without saying why")
        }
    }

    /// The events recorded since the last call.
    func takeEvents() -> MARCXMLEvents {
        let buffer = shared.pointee.events
        let batch = MARCXMLEvents(taking: buffer.base, count: buffer.count, messages: state.pointee.messages)
        samkat_events_restart(&shared.pointee.events)
        state.pointee.messages = []
        return batch
    }

    /// Text that came out of entity references beyond this is an attack (see `samkat_count_expanded`):
    /// entity text may exceed 1 MB only while it stays under ten times the bytes of the document read so far.
    static let expansionAllowance = 1 << 20
    static let expansionRatio = 10

    /// The Swift side of the callbacks' state behind a context pointer (the main context, or one libxml2
    /// made for an entity).
    private static func state(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<MARCXMLParserState>? {
        guard let shared = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private,
              let owner = shared.assumingMemoryBound(to: samkat_marcxml_state.self).pointee.owner else { return nil }
        return owner.assumingMemoryBound(to: MARCXMLParserState.self)
    }
}

/// A fatal error, and what a restart after it needs to know about the document.
struct MARCXMLFatal {
    var line: Int
    var message: String
    /// Roughly where libxml2 was in the file when it gave up.
    var offset: Int
    /// An entity attack (our expansion limit, libxml2's loop check) or an unexplained stop: never resumed.
    var isAttack: Bool
    /// The namespace declarations in scope at the error outside the record in progress (prefix nil: the
    /// default), innermost per prefix: what the synthetic root of a restart declares.
    var namespaces: [(prefix: String?, uri: String)] = []
    /// The prefixes bound to MARC21 slim anywhere in scope (the record's own declarations too).
    var slimPrefixes: [String] = []
    /// An end tag closing the root when only the root was open: after a restart, the end tag of a wrapper
    /// (`</collection>`, SRU's `</srw:recordData>`) meeting the synthetic root.
    var closesRoot = false
    /// The declared encoding, if any.
    var encoding: String?
    /// The source bytes are ASCII-compatible (UTF-8 or a single-byte encoding), so `<record` can be found
    /// in them and a synthetic opening in ASCII prepended.
    var asciiCompatible = true
}

/// What the message callback works on: the messages of the batch in progress and the fatal error.
struct MARCXMLParserState {
    let context: xmlParserCtxtPtr
    /// The C callbacks' state (events, depths, the expansion count).
    let shared: UnsafeMutablePointer<samkat_marcxml_state>
    var messages: [MARCXMLEvents.Message] = []
    private(set) var fatal: MARCXMLFatal?

    init(context: xmlParserCtxtPtr, shared: UnsafeMutablePointer<samkat_marcxml_state>) {
        self.context = context
        self.shared = shared
    }

    mutating func setFatal(line: Int, _ message: String, attack: Bool = true) {
        var fatal = MARCXMLFatal(line: line, message: message, offset: position, isAttack: attack)
        if !attack { describeDocument(&fatal) }
        self.fatal = fatal
        shared.pointee.has_fatal = 1
    }

    /// The namespaces in scope and the encoding, for a restart.
    private func describeDocument(_ fatal: inout MARCXMLFatal) {
        if let table = context.pointee.nsTab {
            let outside = shared.pointee.record_depth == 0 ? Int(context.pointee.nsNr) : Int(shared.pointee.record_ns)
            for index in stride(from: 0, to: Int(context.pointee.nsNr) - 1, by: 2) {
                guard let uri = table[index + 1].map({ String(cString: $0) }) else { continue }
                let prefix = table[index].map { String(cString: $0) }
                if let prefix, uri == "http://www.loc.gov/MARC21/slim", !fatal.slimPrefixes.contains(prefix) {
                    fatal.slimPrefixes.append(prefix)
                }
                guard index < outside else { continue }
                fatal.namespaces.removeAll { $0.prefix == prefix }
                fatal.namespaces.append((prefix, uri))
            }
        }
        fatal.encoding = context.pointee.encoding.map { String(cString: $0) }
        if context.pointee.input?.pointee.buf?.pointee.encoder != nil {
            let name = (fatal.encoding ?? "").uppercased()
            fatal.asciiCompatible = ["UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859", "ISO8859", "LATIN", "WINDOWS-125", "CP125"]
                .contains { name.hasPrefix($0) }
        }
    }

    /// Where the main input is, in file bytes.
    var position: Int { bytesConsumed + shared.pointee.offset_base }

    /// Takes over the fatal error of the expansion limit, if it stopped the parser (and nothing came first).
    mutating func noteExpansionStop() {
        guard fatal == nil, shared.pointee.expansion_stopped != 0 else { return }
        setFatal(line: shared.pointee.expansion_line + shared.pointee.line_base, "entity references expand to more than \(MARCXMLParser.expansionRatio) times the size of the document (an entity expansion attack?); parsing stopped")
    }

    /// The current line of the main input.
    var line: Int { Int(context.pointee.input?.pointee.line ?? 0) + shared.pointee.line_base }

    /// How far into the document the parser has read, in source bytes.
    var bytesConsumed: Int { Int(xmlByteConsumed(context)) }

    mutating func report(_ error: xmlError) {
        noteExpansionStop()
        var text = error.message.map { String(cString: $0) } ?? "unknown XML error (code \(error.code))"
        while text.last?.isWhitespace == true { text.removeLast() }
        let line = Int(error.line) + shared.pointee.line_base
        switch error.level {
        case XML_ERR_FATAL:
            if fatal == nil {
                setFatal(line: line, text, attack: error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue))
                fatal?.closesRoot = error.code == Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue) && shared.pointee.depth == 1
            }
        case XML_ERR_ERROR:
            message(.init(severity: .error, text: "line \(line): \(text)", offset: position, line: line))
        default:
            message(.init(severity: .warning, text: "line \(line): \(text)", offset: position, line: line))
        }
    }

    private mutating func message(_ message: MARCXMLEvents.Message) {
        samkat_events_message(&shared.pointee.events, Int32(messages.count))
        messages.append(message)
    }
}
