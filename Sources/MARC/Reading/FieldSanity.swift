/// Indicators and subfield codes are single printable ASCII characters in MARC 21. Real files carry stray
/// bytes there (MARC-8 or Latin-1 bytes, controls) that no output format can hold as they are: such an
/// indicator becomes a blank and such a code becomes `?`. Values that carry the structure's own separators
/// (a record or field terminator inside the data; subfield delimiters in a control field, as some systems
/// write 007) would break ISO 2709: terminators become blanks and delimiters `$`. Other control characters
/// (NUL, BEL … but not tab and line breaks), which XML cannot hold at all, become blanks. Each repair is described.
enum FieldSanity {
    static let replacementCode: UInt8 = 0x3F

    @inline(__always)
    static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// Repairs `field` in place; returns one description per repair (empty when nothing was wrong).
    static func repair(_ field: inout Field) -> [String] {
        var repairs: [String] = []
        if field.isControlField {
            if let repaired = withoutSeparators(field.value, delimiter: "$") {
                repairs.append("the control field holds record, field or subfield separators; written as blanks and $")
                field.value = repaired
            }
            return repairs
        }
        for index in field.subfields.indices {
            if let repaired = withoutSeparators(field.subfields[index].value, delimiter: " ") {
                repairs.append("$\(field.subfields[index].codeText) holds a record or field terminator inside the data; written as a blank")
                field.subfields[index].value = repaired
            }
            if let repaired = withoutControls(field.subfields[index].value) {
                repairs.append("$\(field.subfields[index].codeText) holds control characters (\(repaired.found)); written as blanks")
                field.subfields[index].value = repaired.value
            }
        }
        if !isPrintableASCII(field.indicator1) {
            repairs.append("indicator 1 is the byte \(hex(field.indicator1)), not a printable ASCII character; a blank was assumed")
            field.indicator1 = Field.blank
        }
        if !isPrintableASCII(field.indicator2) {
            repairs.append("indicator 2 is the byte \(hex(field.indicator2)), not a printable ASCII character; a blank was assumed")
            field.indicator2 = Field.blank
        }
        if !field.subfields.allSatisfy({ isPrintableASCII($0.code) }) {
            for index in field.subfields.indices where !isPrintableASCII(field.subfields[index].code) {
                repairs.append("subfield code is the byte \(hex(field.subfields[index].code)), not a printable ASCII character; written as $?")
                field.subfields[index].code = replacementCode
            }
        }
        return repairs
    }

    /// The value with 0x1D and 0x1E as blanks and 0x1F as `delimiter`; nil when it holds none of them.
    private static func withoutSeparators(_ value: String, delimiter: Character) -> String? {
        guard value.utf8.contains(where: { $0 >= 0x1D && $0 <= 0x1F }) else { return nil }
        return String(value.map { $0 == "\u{1F}" ? delimiter : ($0 == "\u{1D}" || $0 == "\u{1E}") ? " " : $0 })
    }

    /// C0 controls other than tab, line feed, carriage return and the separators, and DEL, as blanks; nil when
    /// the value has none.
    private static func withoutControls(_ value: String) -> (value: String, found: String)? {
        func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte < 0x1D) || byte == 0x7F }
        guard value.utf8.contains(where: isControl) else { return nil }
        let found = Set(value.utf8.filter(isControl)).sorted().map(hex).joined(separator: ", ")
        return (String(decoding: value.utf8.map { isControl($0) ? 0x20 : $0 }, as: UTF8.self), found)
    }

    static func hex(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }
}
