/// Writes records as MARCXML (MARC21 slim), laid out as yaz-marcdump does:
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <collection xmlns="http://www.loc.gov/MARC21/slim">
///     <record>
///       <leader>…</leader>
///       <controlfield tag="001">…</controlfield>
///       <datafield tag="245" ind1="1" ind2="0">
///         <subfield code="a">…</subfield>
///       </datafield>
///     </record>
///     </collection>
///
/// Bytes go straight into the `ByteOutput`; the fixed markup is precomputed. Characters XML 1.0 forbids
/// (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) are written as U+FFFD, each one a finding in
/// `findings`. With `collection: false` each record is written as `<record xmlns="…">` with no collection
/// around it: a well-formed document for one record.
public final class MARCXMLWriter: RecordWriter {
    /// Every change the writer made to the data, in the order made.
    public internal(set) var findings: [Finding] = []

    let output: ByteOutput
    private let collection: Bool
    private var started = false
    private var finished = false
    /// Bytes written so far, for the offsets in findings.
    var bytesWritten = 0
    /// The record being written, and where, for findings.
    var recordNumber = 0
    var recordOffset = 0

    public init(output: ByteOutput, collection: Bool = true) {
        self.output = output
        self.collection = collection
    }

    public func write(_ record: Record) throws {
        if !started { try start() }
        recordNumber += 1
        recordOffset = bytesWritten
        try emit(collection ? Markup.recordOpen : Markup.recordOpenWithNamespace)
        try emit(Markup.leaderOpen)
        try writeBytes(record.leader.bytes, in: .text, place: "the leader")
        try emit(Markup.leaderClose)
        for field in record.fields {
            if field.isControlField {
                try emit(Markup.controlfieldOpen)
                try writeTag(field.tag)
                try emit(Markup.attributeEnd)
                try writeText(field.value, in: .text, tag: field.tag, place: "field \(field.tag)")
                try emit(Markup.controlfieldClose)
            } else {
                try emit(Markup.datafieldOpen)
                try writeTag(field.tag)
                try emit(Markup.ind1)
                try writeByte(field.indicator1, tag: field.tag, place: "field \(field.tag) ind1")
                try emit(Markup.ind2)
                try writeByte(field.indicator2, tag: field.tag, place: "field \(field.tag) ind2")
                try emit(Markup.datafieldOpenEnd)
                for subfield in field.subfields {
                    try emit(Markup.subfieldOpen)
                    try writeByte(subfield.code, tag: field.tag, place: "field \(field.tag) subfield code")
                    try emit(Markup.attributeEnd)
                    try writeText(subfield.value, in: .text, tag: field.tag, place: "field \(field.tag) $\(subfield.codeText)")
                    try emit(Markup.subfieldClose)
                }
                try emit(Markup.datafieldClose)
            }
        }
        try emit(Markup.recordClose)
    }

    /// Writes the closing tag (and the declaration, when no record was written) and closes the output.
    public func finish() throws {
        guard !finished else { return }
        if !started { try start() }
        if collection { try emit(Markup.collectionClose) }
        finished = true
        try output.close()
    }

    private func start() throws {
        started = true
        try emit(Markup.declaration)
        if collection { try emit(Markup.collectionOpen) }
    }

    private func writeTag(_ tag: Tag) throws {
        let packed = tag.packed
        for shift in [16, 8, 0] as [UInt32] {
            try writeByte(UInt8(truncatingIfNeeded: packed >> shift), tag: tag, place: "field \(tag) tag")
        }
    }

    /// One attribute byte (tag, indicator, code): printable ASCII with nothing to escape goes straight out.
    @inline(__always)
    private func writeByte(_ byte: UInt8, tag: Tag, place: @autoclosure () -> String) throws {
        if byte >= 0x20 && byte < 0x7F && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 {
            bytesWritten += 1
            try output.write(byte)
        } else {
            try writeBytes(CollectionOfOne(byte), in: .attribute, tag: tag, place: place())
        }
    }

    @inline(__always)
    func emit(_ bytes: [UInt8]) throws {
        bytesWritten += bytes.count
        try output.write(bytes)
    }

    /// The fixed markup, as bytes once.
    enum Markup {
        static let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        static let collectionOpen = Array("<collection xmlns=\"\(MARCXMLName.namespace)\">\n".utf8)
        static let collectionClose = Array("</collection>\n".utf8)
        static let recordOpen = Array("<record>\n".utf8)
        static let recordOpenWithNamespace = Array("<record xmlns=\"\(MARCXMLName.namespace)\">\n".utf8)
        static let recordClose = Array("</record>\n".utf8)
        static let leaderOpen = Array("  <leader>".utf8)
        static let leaderClose = Array("</leader>\n".utf8)
        static let controlfieldOpen = Array("  <controlfield tag=\"".utf8)
        static let controlfieldClose = Array("</controlfield>\n".utf8)
        static let datafieldOpen = Array("  <datafield tag=\"".utf8)
        static let ind1 = Array("\" ind1=\"".utf8)
        static let ind2 = Array("\" ind2=\"".utf8)
        static let datafieldOpenEnd = Array("\">\n".utf8)
        static let datafieldClose = Array("  </datafield>\n".utf8)
        static let subfieldOpen = Array("    <subfield code=\"".utf8)
        static let subfieldClose = Array("</subfield>\n".utf8)
        static let attributeEnd = Array("\">".utf8)
    }
}
