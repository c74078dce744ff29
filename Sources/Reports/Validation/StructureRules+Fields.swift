import MARC

extension ValidationRule {
    static let tag = ValidationRule(
        "structure.tag", .warning, "tags are three digits, as MARC 21 has them")
    static let indicator = ValidationRule(
        "structure.indicator", .warning, "indicators are a digit, a lower-case letter or blank")
    static let subfieldCode = ValidationRule(
        "structure.subfield-code", .warning, "subfield codes are a digit or a lower-case letter")
    static let emptySubfield = ValidationRule(
        "structure.empty-subfield", .info, "subfields hold a value")
    static let controlFieldSubfields = ValidationRule(
        "structure.control-field-subfields", .error, "control fields (00X) hold one value, no subfields")
    static let emptyDataField = ValidationRule(
        "structure.empty-field", .error, "data fields hold at least one subfield")
    static let repeatedControlField = ValidationRule(
        "structure.repeated-control-field", .warning, "001, 003, 005 and 008 appear at most once")
}

extension StructureRules {
    static let nonRepeatable: [Tag] = ["001", "003", "005", "008"]

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always)
    static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// Tags, indicators and subfield codes as MARC 21 allows them; control fields without subfields and data
    /// fields with them; the control fields that may appear once only.
    static func checkFields(_ record: Record, into out: inout RecordFindings) {
        var seen: [Tag: Int] = [:]
        for field in record.fields {
            let tag = field.tag
            if !tag.isNumeric {
                out.add(.tag, "the tag \"\(tag.bytes.map(\.shown).joined())\" is not three digits; Koha's MARC 21 framework has "
                    + "no such field, so it is kept but never shown", tag: tag)
            }
            if tag.isControlField {
                if nonRepeatable.contains(tag) { seen[tag, default: 0] += 1 }
                if !field.subfields.isEmpty || field.value.utf8.contains(0x1F) {
                    out.add(.controlFieldSubfields, "the control field holds subfields; a control field is one value: write the "
                        + "value without subfield codes", tag: tag)
                }
                continue
            }
            for (number, indicator) in [field.indicator1, field.indicator2].enumerated()
            where !(isDigit(indicator) || isLowercase(indicator) || indicator == Field.blank) {
                out.add(.indicator, "indicator \(number + 1) is \"\(indicator.shown)\"; MARC 21 indicators are a digit, a "
                    + "lower-case letter or blank", tag: tag)
            }
            if field.subfields.isEmpty {
                out.add(.emptyDataField, "the field has no subfields; Koha's MARC reader refuses such a field and with it the "
                    + "record: remove the field or fill it", tag: tag)
            }
            for subfield in field.subfields {
                let code = subfield.code
                if !(isDigit(code) || isLowercase(code)) {
                    out.add(.subfieldCode, "subfield code \"\(code.shown)\" is not a digit or lower-case letter; Koha's "
                        + "framework does not know it, so its value is never shown", tag: tag, code: code)
                } else if subfield.value.isEmpty {
                    out.add(.emptySubfield, "the subfield is empty", tag: tag, code: code)
                }
            }
        }
        for tag in nonRepeatable where seen[tag, default: 0] > 1 {
            out.add(.repeatedControlField, "the record has \(seen[tag]!) \(tag) fields; \(tag) appears once: Koha uses "
                + "only the first", tag: tag)
        }
    }
}
