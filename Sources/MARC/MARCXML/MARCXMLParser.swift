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

    init(file: String) {
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

    /// The first fatal error (`line`, text). After one, libxml2 stops calling back.
    var fatal: (line: Int, message: String)? { state.pointee.fatal }

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

/// What the message callback works on: the messages of the batch in progress and the fatal error.
struct MARCXMLParserState {
    let context: xmlParserCtxtPtr
    /// The C callbacks' state (events, depths, the expansion count).
    let shared: UnsafeMutablePointer<samkat_marcxml_state>
    var messages: [MARCXMLEvents.Message] = []
    private(set) var fatal: (line: Int, message: String)?

    init(context: xmlParserCtxtPtr, shared: UnsafeMutablePointer<samkat_marcxml_state>) {
        self.context = context
        self.shared = shared
    }

    mutating func setFatal(line: Int, _ message: String) {
        fatal = (line, message)
        shared.pointee.has_fatal = 1
    }

    /// Takes over the fatal error of the expansion limit, if it stopped the parser (and nothing came first).
    mutating func noteExpansionStop() {
        guard fatal == nil, shared.pointee.expansion_stopped != 0 else { return }
        setFatal(line: shared.pointee.expansion_line, "entity references expand to more than \(MARCXMLParser.expansionRatio) times the size of the document (an entity expansion attack?); parsing stopped")
    }

    /// The current line of the main input.
    var line: Int { Int(context.pointee.input?.pointee.line ?? 0) }

    /// How far into the document the parser has read, in source bytes.
    var bytesConsumed: Int { Int(xmlByteConsumed(context)) }

    mutating func report(_ error: xmlError) {
        noteExpansionStop()
        var text = error.message.map { String(cString: $0) } ?? "unknown XML error (code \(error.code))"
        while text.last?.isWhitespace == true { text.removeLast() }
        switch error.level {
        case XML_ERR_FATAL:
            if fatal == nil { setFatal(line: Int(error.line), text) }
        case XML_ERR_ERROR:
            message(.init(severity: .error, text: "line \(error.line): \(text)", offset: bytesConsumed, line: Int(error.line)))
        default:
            message(.init(severity: .warning, text: "line \(error.line): \(text)", offset: bytesConsumed, line: Int(error.line)))
        }
    }

    private mutating func message(_ message: MARCXMLEvents.Message) {
        samkat_events_message(&shared.pointee.events, Int32(messages.count))
        messages.append(message)
    }
}
