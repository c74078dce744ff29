/// Writes records in the human line format, for reading and diffing (MarcEdit's mnemonic layout):
/// ```
/// =LDR  00000nam\a2200000\i\4500
/// =001  12345
/// =245  10$aTitel$bundertitel
/// ```
/// One field a line, LF line ends, a blank line between records. The tag is followed by two blanks; a data
/// field's indicators follow, a blank indicator written as `\`, then each subfield as `$` and its code. In the
/// leader and control fields a blank is written as `\` so that trailing blanks stay visible. A literal `$` in
/// any value is written `{dollar}`, a literal `\` in the leader or a control field `{bsol}` (see
/// `LineMARCMnemonics` for the full list); `LineMARCReader` reverses each, so write-then-read gives the same
/// record. Values are written as NFC UTF-8. A `\` used as an indicator reads back as a blank. A field with a
/// value but no subfields under a non-control tag (Aleph's `FMT  BK`) is written like a control field and reads
/// back as one.
public struct LineMARCWriter: RecordWriter {
    private let output: ByteOutput
    private var written = 0
    private var line: [UInt8] = []

    public init(output: ByteOutput) { self.output = output }

    public mutating func write(_ record: Record) throws {
        line.removeAll(keepingCapacity: true)
        if written > 0 { line.append(0x0A) }
        LineMARCWriter.append(record.leader, into: &line)
        line.append(0x0A)
        for field in record.fields {
            LineMARCWriter.append(field, into: &line)
            line.append(0x0A)
        }
        try output.write(line)
        written += 1
    }

    /// One field as the line this writer writes for it, without the line end: `=245  10$aTitel`.
    public static func line(_ field: Field) -> String {
        var bytes: [UInt8] = []
        append(field, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The leader as the line this writer writes for it: `=LDR  00000nam\a2200000\i\4500`.
    public static func line(_ leader: Leader) -> String {
        var bytes: [UInt8] = []
        append(leader, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ leader: Leader, into line: inout [UInt8]) {
        line += Array("=LDR  ".utf8)
        LineMARCMnemonics.encode(leader.bytes, blanks: true, into: &line)
    }

    static func append(_ field: Field, into line: inout [UInt8]) {
        line.append(LineMARCFormat.equals)
        line += field.tag.bytes
        line += [0x20, 0x20]
        if field.isControlField || (field.subfields.isEmpty && !field.value.isEmpty) {
            LineMARCMnemonics.encode(NFC.normalize(field.value).utf8, blanks: true, into: &line)
        } else {
            line.append(LineMARCWriter.indicator(field.indicator1))
            line.append(LineMARCWriter.indicator(field.indicator2))
            for subfield in field.subfields {
                line.append(LineMARCFormat.dollar)
                line.append(subfield.code)
                LineMARCMnemonics.encode(NFC.normalize(subfield.value).utf8, blanks: false, into: &line)
            }
        }
    }

    /// Flushes and closes the output, which then appears under its final name.
    public mutating func finish() throws { try output.close() }

    private static func indicator(_ byte: UInt8) -> UInt8 { byte == Field.blank ? LineMARCFormat.backslash : byte }
}
