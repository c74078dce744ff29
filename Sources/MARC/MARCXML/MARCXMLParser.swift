import CLibXML2

/// One libxml2 SAX2 push parser and the record builder its callbacks feed.
///
/// Safety: no option that loads anything (no `XML_PARSE_NOENT`, `DTDLOAD`, `DTDVALID`), `XML_PARSE_NONET`,
/// no external subset callback, an entity resolver that resolves nothing, and no `XML_PARSE_HUGE`, so
/// libxml2's limits on entity amplification (billion laughs) hold. Messages go to a structured error handler,
/// never to stderr.
///
/// The context's `userData` stays the parser context itself, so libxml2's default SAX2 handlers for the DTD
/// (entity declarations, the internal subset) keep working; this object hangs on `_private`.
final class MARCXMLParser {
    let builder: MARCXMLRecordBuilder
    /// The first fatal error (`line`, text). After one, libxml2 stops calling back.
    private(set) var fatal: (line: Int, message: String)?
    private let context: xmlParserCtxtPtr

    init(file: String) {
        builder = MARCXMLRecordBuilder(file: file)
        var sax = xmlSAXHandler()
        xmlSAXVersion(&sax, 2)
        sax.startElement = nil
        sax.endElement = nil
        sax.startElementNs = { ctx, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let parser = MARCXMLParser.from(ctx), let localName else { return }
            parser.builder.start(localName, uri: uri,
                                 attributes: MARCXMLAttributes(attributes, count: Int(attributeCount)),
                                 locate: { parser.tagStart() })
        }
        sax.endElementNs = { ctx, _, _, _ in MARCXMLParser.from(ctx)?.builder.end() }
        sax.characters = { ctx, bytes, count in
            guard let bytes, let parser = MARCXMLParser.from(ctx) else { return }
            if ctx != UnsafeMutableRawPointer(parser.context) { parser.countExpanded(Int(count)) }
            parser.builder.characters(bytes, count: Int(count))
        }
        sax.cdataBlock = sax.characters
        sax.ignorableWhitespace = sax.characters
        sax.externalSubset = nil
        sax.resolveEntity = { _, _, _ in nil }
        sax.warning = nil
        sax.error = nil
        sax.fatalError = nil
        sax.serror = { data, error in
            guard let error, let parser = MARCXMLParser.from(data) else { return }
            parser.report(error.pointee)
        }
        guard let context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, file) else {
            preconditionFailure("libxml2 could not allocate a parser context")
        }
        self.context = context
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
        context.pointee.myDoc = nil
        xmlFreeParserCtxt(context)
    }

    /// Parses the next bytes of the document; `terminate` on the last call.
    func parse(_ bytes: ArraySlice<UInt8>, terminate: Bool) {
        guard fatal == nil else { return }
        bytes.withUnsafeBufferPointer { buffer in
            let start = UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            _ = xmlParseChunk(context, start, Int32(buffer.count), terminate ? 1 : 0)
        }
        if fatal == nil && context.pointee.wellFormed == 0 && context.pointee.disableSAX != 0 {
            fatal = (Int(context.pointee.input?.pointee.line ?? 0), "libxml2 stopped without saying why")
        }
    }

    /// Text that came out of entity references (callbacks from the contexts libxml2 makes for entities).
    private var expandedBytes = 0
    /// libxml2 2.9 checks amplification only when it replaces entities itself; in SAX mode an entity of
    /// 100 KB referenced 100,000 times (the "quadratic blowup") would deliver 10 GB of text. So: entity text
    /// may exceed 1 MB only while it stays under ten times the bytes of the document read so far.
    static let expansionAllowance = 1 << 20
    static let expansionRatio = 10

    private func countExpanded(_ count: Int) {
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

    private func report(_ error: xmlError) {
        var message = error.message.map { String(cString: $0) } ?? "unknown XML error (code \(error.code))"
        while message.last?.isWhitespace == true { message.removeLast() }
        switch error.level {
        case XML_ERR_FATAL:
            if fatal == nil { fatal = (Int(error.line), message) }
        case XML_ERR_ERROR:
            builder.parserMessage(.error, "line \(error.line): \(message)", at: (bytesConsumed, Int(error.line)))
        default:
            builder.parserMessage(.warning, "line \(error.line): \(message)", at: (bytesConsumed, Int(error.line)))
        }
    }

    /// The parser behind a callback's context pointer (the main context, or one libxml2 made for an entity).
    @inline(__always)
    private static func from(_ context: UnsafeMutableRawPointer?) -> MARCXMLParser? {
        guard let context,
              let object = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<MARCXMLParser>.fromOpaque(object).takeUnretainedValue()
    }
}
