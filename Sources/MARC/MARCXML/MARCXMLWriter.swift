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
/// Each record is serialised into one reused buffer (`MARCXMLSerializer`) and handed to the `ByteOutput` in one
/// copy. Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) are written as
/// U+FFFD, each one a finding in `findings`. With `collection: false` each record is written as
/// `<record xmlns="…">` with no collection around it: a well-formed document for one record.
public final class MARCXMLWriter: RecordWriter {
    /// Every change the writer made to the data, in the order made.
    public private(set) var findings: [Finding] = []

    let output: ByteOutput
    private let collection: Bool
    private var started = false
    private var finished = false
    /// Bytes written so far, for the offsets in findings.
    private var bytesWritten = 0
    private var recordNumber = 0
    /// Owned here: reused for every record, freed in `deinit`.
    private var buffer = OutputBuffer.allocate(capacity: 1 << 16)

    public init(output: ByteOutput, collection: Bool = true) {
        self.output = output
        self.collection = collection
    }

    deinit { buffer.deallocate() }

    public func write(_ record: Record) throws {
        if !started { try start() }
        recordNumber += 1
        var serializer = MARCXMLSerializer(
            out: buffer, file: output.name, recordNumber: recordNumber, recordOffset: bytesWritten)
        serializer.out.count = 0
        serializer.write(record, namespace: !collection)
        buffer = serializer.out
        if !serializer.findings.isEmpty { findings.append(contentsOf: serializer.findings) }
        try emit(buffer.bytes)
        buffer.shrink(to: 1 << 20)
    }

    /// Writes the closing tag (and the declaration, when no record was written) and closes the output.
    public func finish() throws {
        guard !finished else { return }
        if !started { try start() }
        if collection { try emit("</collection>\n") }
        finished = true
        try output.close()
    }

    private func start() throws {
        started = true
        try emit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        if collection { try emit("<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n") }
    }

    private func emit(_ text: StaticString) throws {
        try emit(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private func emit(_ bytes: UnsafeRawBufferPointer) throws {
        bytesWritten += bytes.count
        try output.write(bytes)
    }
}

/// Serialises one record into an `OutputBuffer`. A struct used as a local variable, so the hot loops touch no
/// class properties (no exclusivity checks) and the markup is `StaticString` (no retains).
struct MARCXMLSerializer {
    var out: OutputBuffer
    /// Changes made to this record's data.
    var findings: [Finding] = []
    /// For findings: the output's name, the record's number and where it starts in the output.
    let file: String
    let recordNumber: Int
    let recordOffset: Int

    init(out: OutputBuffer, file: String, recordNumber: Int, recordOffset: Int) {
        self.out = out
        self.file = file
        self.recordNumber = recordNumber
        self.recordOffset = recordOffset
    }

    /// Room for the markup of one element around its escaped content (the longest is a datafield's start
    /// tag: 18 + 3 × 6 + 8 + 6 + 8 + 6 + 3 bytes).
    private static let markupRoom = 96

    mutating func write(_ record: Record, namespace: Bool) {
        out.reserve(Self.markupRoom * 2)
        out.put(namespace ? "<record xmlns=\"http://www.loc.gov/MARC21/slim\">\n" : "<record>\n")
        out.put("  <leader>")
        record.leader.bytes.withUnsafeBufferPointer { writeUnchecked($0, tag: nil, place: "the leader") }
        out.reserve(Self.markupRoom)
        out.put("</leader>\n")
        record.fields.withUnsafeBufferPointer { fields in
            for index in fields.indices { write(fields[index]) }
        }
        out.reserve(Self.markupRoom)
        out.put("</record>\n")
    }

    @inline(__always)
    private mutating func write(_ field: borrowing Field) {
        let tag = field.tag
        out.reserve(Self.markupRoom)
        if tag.isControlField {
            out.put("  <controlfield tag=\"")
            writeTag(tag)
            out.put("\">")
            writeText(field.value, tag: tag, code: nil)
            out.reserve(Self.markupRoom)
            out.put("</controlfield>\n")
            return
        }
        out.put("  <datafield tag=\"")
        writeTag(tag)
        out.put("\" ind1=\"")
        writeAttribute(field.indicator1, tag: tag, place: "ind1")
        out.put("\" ind2=\"")
        writeAttribute(field.indicator2, tag: tag, place: "ind2")
        out.put("\">\n")
        field.subfields.withUnsafeBufferPointer { subfields in
            for index in subfields.indices {
                let code = subfields[index].code
                out.reserve(Self.markupRoom)
                out.put("    <subfield code=\"")
                writeAttribute(code, tag: tag, place: "subfield code")
                out.put("\">")
                writeText(subfields[index].value, tag: tag, code: code)
                out.reserve(Self.markupRoom)
                out.put("</subfield>\n")
            }
        }
        out.reserve(Self.markupRoom)
        out.put("  </datafield>\n")
    }

    @inline(__always)
    private mutating func writeTag(_ tag: Tag) {
        writeAttribute(UInt8(truncatingIfNeeded: tag.packed >> 16), tag: tag, place: "tag")
        writeAttribute(UInt8(truncatingIfNeeded: tag.packed >> 8), tag: tag, place: "tag")
        writeAttribute(UInt8(truncatingIfNeeded: tag.packed), tag: tag, place: "tag")
    }

    /// One attribute byte (tag, indicator, code): printable ASCII with nothing to escape goes straight out.
    /// Room for it was reserved with the markup around it.
    @inline(__always)
    private mutating func writeAttribute(_ byte: UInt8, tag: Tag, place: StaticString) {
        if byte >= 0x20 && byte < 0x7F && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 {
            out.put(byte)
        } else {
            writeUncheckedAttribute(byte, tag: tag, place: place)
        }
    }

    @inline(never)
    private mutating func writeUncheckedAttribute(_ byte: UInt8, tag: Tag, place: StaticString) {
        var copy = byte
        withUnsafePointer(to: &copy) { pointer in
            let bytes = UnsafeBufferPointer(start: pointer, count: 1)
            writeUnchecked(bytes, in: .attribute, tag: tag, place: "field \(tag) \(place)")
        }
    }
}
