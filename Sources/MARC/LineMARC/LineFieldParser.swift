/// A field line cut into tag, indicators and subfields, its values still undecoded bytes.
struct RawLineField: Sendable {
    struct RawSubfield: Sendable {
        var code: UInt8
        var value: [UInt8]
        /// Index of the value's first byte in the logical line.
        var start: Int
    }

    var tag: Tag
    var indicator1 = Field.blank
    var indicator2 = Field.blank
    /// The value of a control field (and of the leader).
    var value: [UInt8] = []
    var valueStart = 0
    var subfields: [RawSubfield] = []
    var isControlField: Bool
}

/// What one logical line holds.
enum ParsedLine: Sendable {
    case leader([UInt8])
    case field(RawLineField)
    /// Not a field line; the reason says why.
    case stray(String)
}

/// Parses one field line of either format, leniently, and says what it assumed.
///
/// Subfields: `$` followed by a subfield code (an ASCII lower-case letter or digit) starts a subfield. Libra has
/// no escape for a literal `$`, so `$` followed by anything else (a blank, a capital, punctuation, the end of
/// the line) stays in the value as it is: `$aPris 20 $ USA` keeps ` $ USA`. A literal `$` directly before a
/// lower-case letter or digit (`$5.00`) cannot be told from a subfield and is read as one; the human format
/// writes a literal `$` as `{dollar}` (see `LineMARCMnemonics`), so its own output always reads back exactly.
///
/// Indicators are the bytes between the tag and the first subfield. Two bytes are the two indicators (a blank is
/// a blank, and `\` is a blank in the human format). Otherwise a blank right after the tag, then one right
/// before the first `$`, is dropped (`line.space-after-tag`, `line.space-before-subfield`); one indicator is
/// taken as the first with a blank second, none as two blanks (`line.assumed-indicators`).
struct LineFieldParser {
    let format: LineMARCFormat

    struct Note {
        var severity: Finding.Severity
        var rule: String
        var message: String
    }

    func parse(_ line: LogicalLine, notes: inout [Note]) -> ParsedLine {
        let bytes = line.bytes
        guard bytes.first == format.marker else { return .stray("the line does not start with a field tag") }
        guard bytes.count >= 4, let tag = Tag(bytes: bytes[1..<4]) else { return .stray("the line is too short for a tag") }
        var start = 4
        if format == .human {
            // `=245  10$a`: two blanks after the tag; accept one or none.
            var blanks = 0
            while blanks < 2 && start < bytes.count && bytes[start] == LineMARCFormat.space { start += 1; blanks += 1 }
            if blanks < 2 && start < bytes.count {
                notes.append(Note(severity: .info, rule: "line.tag-spacing",
                                  message: "field \(tag) has \(blanks) blank(s) after the tag where two were expected"))
            }
        }
        let isLeader = format == .libra ? tag == "000" : tag == "LDR"
        if isLeader || tag.isControlField {
            let value = format == .human
                ? LineMARCMnemonics.decode(bytes[start...], blanks: true) : Array(bytes[start...])
            if isLeader { return .leader(value) }
            return .field(RawLineField(tag: tag, value: value, valueStart: start, isControlField: true))
        }
        return .field(dataField(tag, bytes, from: start, notes: &notes))
    }

    private func dataField(_ tag: Tag, _ bytes: [UInt8], from start: Int, notes: inout [Note]) -> RawLineField {
        var field = RawLineField(tag: tag, isControlField: false)
        let firstCode = firstDelimiter(bytes, from: start)
        var prefix = Array(bytes[start..<(firstCode ?? bytes.count)])
        if format == .human { prefix = prefix.map { $0 == LineMARCFormat.backslash ? LineMARCFormat.space : $0 } }
        if firstCode == nil && format == .human && (!tag.isNumeric || bytes.count - start > 2) {
            // The writer's form of a field that holds a value but no subfields (Aleph's `FMT`).
            let value = LineMARCMnemonics.decode(bytes[start...], blanks: true)
            return RawLineField(tag: tag, value: value, valueStart: start, isControlField: true)
        }
        guard let firstCode else {
            let text = String(decoding: prefix, as: UTF8.self)
            let trimmed = Array(text.utf8.drop { $0 == 0x20 })
            if trimmed.count <= 2 {
                setIndicators(&field, prefix, notes: &notes)
                notes.append(Note(severity: .warning, rule: "line.no-subfields",
                                  message: "field \(tag) has no subfields; it was kept empty"))
            } else {
                // A data field written without any `$`: keep its text rather than lose it.
                field.subfields = [.init(code: 0x61, value: Array(bytes[start...]), start: start)]
                notes.append(Note(severity: .warning, rule: "line.no-subfields",
                                  message: "field \(tag) has no $ subfields; its text \"\(text.prefix(40))\" was kept as $a with blank indicators"))
            }
            return field
        }
        setIndicators(&field, prefix, notes: &notes)
        field.subfields = subfields(bytes, from: firstCode)
        return field
    }

    /// Index of the first `$` that starts a subfield at or after `start`.
    private func firstDelimiter(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == LineMARCFormat.dollar && LineMARCFormat.isSubfieldCode(bytes[index + 1]) { return index }
            index += 1
        }
        return nil
    }

    private func subfields(_ bytes: [UInt8], from first: Int) -> [RawLineField.RawSubfield] {
        var result: [RawLineField.RawSubfield] = []
        var index = first
        while index < bytes.count {
            let code = bytes[index + 1]
            let valueStart = index + 2
            let end = firstDelimiter(bytes, from: valueStart) ?? bytes.count
            let value = format == .human
                ? LineMARCMnemonics.decode(bytes[valueStart..<end], blanks: false) : Array(bytes[valueStart..<end])
            result.append(.init(code: code, value: value, start: valueStart))
            index = end
        }
        return result
    }

    private func setIndicators(_ field: inout RawLineField, _ prefix: [UInt8], notes: inout [Note]) {
        let space = LineMARCFormat.space
        let tag = field.tag
        var p = prefix
        if p.count == 4 && p.first == space && p.last == space {
            p = Array(p[1...2])
            notes.append(Note(severity: .info, rule: "line.space-after-tag",
                              message: "field \(tag) has a blank between the tag and the indicators and before the first $; both ignored"))
        } else if p.count == 3 && p.first == space {
            p.removeFirst()
            notes.append(Note(severity: .info, rule: "line.space-after-tag",
                              message: "field \(tag) has a blank between the tag and the indicators; ignored"))
        } else if p.count == 3 && p.last == space {
            p.removeLast()
            notes.append(Note(severity: .info, rule: "line.space-before-subfield",
                              message: "field \(tag) has a blank before the first $; ignored"))
        }
        if p.count == 2 {
            field.indicator1 = p[0]
            field.indicator2 = p[1]
            return
        }
        let trimmed = Array(p.drop { $0 == space }.reversed().drop { $0 == space }.reversed())
        switch trimmed.count {
        case 0:
            notes.append(Note(severity: .warning, rule: "line.assumed-indicators",
                              message: "field \(tag) has no indicators; assumed both blank"))
        case 1:
            field.indicator1 = trimmed[0]
            notes.append(Note(severity: .warning, rule: "line.assumed-indicators",
                              message: "field \(tag) has one indicator '\(UnicodeScalar(trimmed[0]))'; assumed it is the first and the second is blank"))
        case 2:
            field.indicator1 = trimmed[0]
            field.indicator2 = trimmed[1]
            notes.append(Note(severity: .info, rule: "line.space-after-tag",
                              message: "field \(tag) has blanks around its indicators; ignored"))
        default:
            notes.append(Note(severity: .warning, rule: "line.bad-indicators",
                              message: "field \(tag) has \"\(String(decoding: prefix, as: UTF8.self))\" where the indicators belong; dropped, indicators set blank"))
        }
    }
}
