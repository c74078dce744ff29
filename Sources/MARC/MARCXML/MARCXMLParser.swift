import CLibXML2

/// One libxml2 SAX2 push parser. Its callbacks only record element events (`MARCXMLEvents`); building records
/// from them is `MARCXMLRecordBuilder`'s work, which may run on another thread.
///
/// Safety: no option that loads anything (no `XML_PARSE_NOENT`, `DTDLOAD`, `DTDVALID`), `XML_PARSE_NONET`,
/// no external subset callback, an entity resolver that resolves nothing, and no `XML_PARSE_HUGE`, so
/// libxml2's limits on entity amplification (billion laughs) hold. Messages go to a structured error handler,
/// never to stderr.
///
/// The context's `userData` stays the parser context itself, so libxml2's default SAX2 handlers for the DTD
/// (entity declarations, the internal subset) keep working; the callbacks' state hangs on `_private`.
final class MARCXMLParser {
    private let context: xmlParserCtxtPtr
    private let state: UnsafeMutablePointer<MARCXMLParserState>

    init(file: String) {
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        sax.startElement = nil
        sax.endElement = nil
        sax.startElementNs = { ctx, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let localName, let state = MARCXMLParser.state(ctx) else { return }
            state.pointee.start(localName, uri: uri, attributes: attributes, count: Int(attributeCount))
        }
        sax.endElementNs = { ctx, _, _, _ in MARCXMLParser.state(ctx)?.pointee.end() }
        sax.characters = { ctx, bytes, count in
            guard let bytes, let state = MARCXMLParser.state(ctx) else { return }
            if ctx != UnsafeMutableRawPointer(state.pointee.context) { state.pointee.countExpanded(Int(count)) }
            state.pointee.events.text(bytes, count: Int(count))
        }
        sax.cdataBlock = sax.characters
        sax.ignorableWhitespace = sax.characters
        sax.externalSubset = nil
        sax.resolveEntity = { _, _, _ in nil }
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
        state = .allocate(capacity: 1)
        state.initialize(to: MARCXMLParserState(context: context))
        context.pointee._private = UnsafeMutableRawPointer(state)
    }

    deinit {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        context.pointee.myDoc = nil
        xmlFreeParserCtxt(context)
        state.pointee.events.deallocate()
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
        if state.pointee.fatal == nil && context.pointee.wellFormed == 0 && context.pointee.disableSAX != 0 {
            state.pointee.fatal = (state.pointee.line, "libxml2 stopped without saying why")
        }
    }

    /// The events recorded since the last call.
    func takeEvents() -> MARCXMLEvents { state.pointee.events.take() }

    /// Text that came out of entity references beyond this is an attack (see `MARCXMLParserState`).
    static let expansionAllowance = 1 << 20
    static let expansionRatio = 10

    /// The callbacks' state behind a context pointer (the main context, or one libxml2 made for an entity).
    @inline(__always)
    private static func state(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<MARCXMLParserState>? {
        guard let pointer = context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return pointer.assumingMemoryBound(to: MARCXMLParserState.self)
    }
}

/// What the callbacks work on. A struct behind a raw pointer, so a callback costs neither retain/release nor
/// exclusivity checks.
struct MARCXMLParserState {
    let context: xmlParserCtxtPtr
    var events = MARCXMLEventWriter()
    var fatal: (line: Int, message: String)?
    private var namespace = SlimNamespaceMatcher()
    private var depth = 0
    /// The depths of the accepted `<record>` elements open. The builder may be outside a record while one is
    /// open only after a `<record>` opened inside another (`nestedRecord`); then every MARC start tag carries
    /// its position, as it does outside any `<record>`.
    private var recordDepths: [Int] = []
    private var nestedRecord = false
    /// Text that came out of entity references (callbacks from the contexts libxml2 makes for entities).
    private var expandedBytes = 0

    init(context: xmlParserCtxtPtr) { self.context = context }

    @inline(__always)
    mutating func start(_ name: UnsafePointer<UInt8>, uri: UnsafePointer<UInt8>?,
                        attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, count: Int) {
        depth += 1
        let element = namespace.accepts(uri) ? MARCXMLName.element(name) : nil
        var values = MARCXMLAttributes()
        var located: Bool
        switch element {
        case .subfield, .controlfield, .datafield:
            values = MARCXMLAttributes(attributes, count: count)
            located = element != .subfield && (recordDepths.isEmpty || nestedRecord)
        case .leader:
            located = recordDepths.isEmpty || nestedRecord
        case .record:
            located = true
            if !recordDepths.isEmpty { nestedRecord = true }
            recordDepths.append(depth)
        case .collection, nil:
            located = false
        }
        events.start(kind: element?.eventKind ?? MARCXMLEvents.unknownKind, position: located ? tagStart() : nil,
                     attributes: values, name: element == nil ? name : nil)
    }

    @inline(__always)
    mutating func end() {
        if recordDepths.last == depth {
            recordDepths.removeLast()
            if recordDepths.isEmpty { nestedRecord = false }
        }
        depth -= 1
        events.end()
    }

    /// libxml2 2.9 checks amplification only when it replaces entities itself; in SAX mode an entity of
    /// 100 KB referenced 100,000 times (the "quadratic blowup") would deliver 10 GB of text. So: entity text
    /// may exceed 1 MB only while it stays under ten times the bytes of the document read so far.
    mutating func countExpanded(_ count: Int) {
        expandedBytes += count
        guard expandedBytes > MARCXMLParser.expansionAllowance,
              expandedBytes > MARCXMLParser.expansionRatio * max(1, bytesConsumed), fatal == nil else { return }
        fatal = (line, "entity references expand to more than \(MARCXMLParser.expansionRatio) times the size of the document (an entity expansion attack?); parsing stopped")
        xmlStopParser(context)
    }

    /// The current line of the main input.
    var line: Int { Int(context.pointee.input?.pointee.line ?? 0) }

    /// How far into the document the parser has read, in source bytes.
    var bytesConsumed: Int { Int(xmlByteConsumed(context)) }

    /// The byte offset and line of the `<` of the start tag being reported. libxml2 calls `startElementNs`
    /// with `cur` at the tag's `>`, and a start tag contains no other `<`, so the scan back is short.
    private func tagStart() -> (offset: Int, line: Int) {
        guard let input = context.pointee.input, let base = input.pointee.base, let cur = input.pointee.cur else {
            return (bytesConsumed, line)
        }
        var position = cur
        var newlines = 0
        while position > base && position.pointee != UInt8(ascii: "<") {
            position -= 1
            if position.pointee == 0x0A { newlines += 1 }
        }
        let lineAtStart = Int(input.pointee.line) - newlines
        // In a converted encoding (Latin-1 …) buffer positions are not source bytes: libxml2 knows where
        // `cur` is in the source, and the tag before it is taken as the same length there (exact when the
        // tag is ASCII, as MARCXML tags are).
        if let buffer = input.pointee.buf, buffer.pointee.encoder != nil {
            return (bytesConsumed - (cur - position), lineAtStart)
        }
        return (Int(input.pointee.consumed) + (position - base), lineAtStart)
    }

    mutating func report(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown XML error (code \(error.code))"
        while message.last?.isWhitespace == true { message.removeLast() }
        switch error.level {
        case XML_ERR_FATAL:
            if fatal == nil { fatal = (Int(error.line), message) }
        case XML_ERR_ERROR:
            events.message(.init(severity: .error, text: "line \(error.line): \(message)", offset: bytesConsumed, line: Int(error.line)))
        default:
            events.message(.init(severity: .warning, text: "line \(error.line): \(message)", offset: bytesConsumed, line: Int(error.line)))
        }
    }
}
