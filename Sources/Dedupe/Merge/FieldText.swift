import MARC

/// Fields as text for reports and review: the line form (`=245  10$aHäxan :$broman`) to quote a field whole,
/// the readable form (`$a Häxan : $b roman`) to show it beside another, and the plain values for a CSV cell.
public enum FieldText {
    /// `=TAG  ` then a control field's value (or a value-only field's, as Aleph's `FMT  BK`), or the
    /// indicators (a blank written `\`) and `$` code value for each subfield, as `LineMARCWriter` writes a
    /// field (values are not escaped: this is for people).
    public static func line(_ field: Field) -> String {
        if field.isControlField || field.subfields.isEmpty { return "=\(field.tag)  \(field.value)" }
        let indicators = String(decoding: [field.indicator1, field.indicator2].map { $0 == Field.blank ? 0x5C : $0 },
                                as: UTF8.self)
        return "=\(field.tag)  \(indicators)" + field.subfields.map { "$\($0.codeText)\($0.value)" }.joined()
    }

    /// A control field's value, or each subfield as `$a value`, separated by blanks.
    public static func readable(_ field: Field) -> String {
        if field.isControlField || field.subfields.isEmpty { return field.value }
        return field.subfields.map { "$\($0.codeText) \($0.value)" }.joined(separator: " ")
    }

    /// A control field's value, or the subfield values separated by blanks.
    public static func plain(_ field: Field) -> String {
        if field.isControlField || field.subfields.isEmpty { return field.value }
        return field.subfields.map(\.value).joined(separator: " ")
    }
}
