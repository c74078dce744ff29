import MARC

extension ValidationRule {
    static let missing008 = ValidationRule(
        "structure.008-missing", .warning, "the record has an 008 (fixed-length data: dates, language, form)")
    static let length008 = ValidationRule(
        "structure.008-length", .warning, "008 is 40 characters long")
    static let dateType008 = ValidationRule(
        "structure.008-date-type", .warning, "008/06 (type of date) is a MARC 21 value")
    static let dates008 = ValidationRule(
        "structure.008-dates", .warning, "008/07-10 and 008/11-14 hold digits, u for unknown digits, or blanks where the type "
            + "of date has none")
}

/// 008, the fixed-length data field: its length, and its dates (positions 06-14) as MARC 21 codes them.
extension StructureRules {
    static let dateTypes = Set("bcdeikmnpqrstu|".utf8)

    static func check008(_ record: Record, into out: inout RecordFindings) {
        guard let field = record.first("008") else {
            out.add(.missing008, "the record has no 008; Koha takes the publication year, language and form of item from it: "
                + "add one (samkat's merge keeps the best record's)")
            return
        }
        let bytes = Array(field.value.utf8)
        let characters = field.value.unicodeScalars.count
        if characters != 40 {
            let what = characters < 40 ? "positions \(characters) to 39 are missing" : "\(characters - 40) too many"
            out.add(.length008, "008 is \(characters) characters long, \(what); MARC 21 has 40 (here for "
                + "\(materialName(record.leader))), and a shifted 008 gives wrong dates, language and form: correct it",
                tag: "008")
        }
        guard bytes.count >= 15 else { return }
        let type = bytes[6]
        guard dateTypes.contains(type) else {
            out.add(.dateType008, "008/06 (type of date) is \"\(type.shown)\"; MARC 21 has b, c, d, e, i, k, m, n, p, q, r, s, "
                + "t or u: set it (s for a single date)", tag: "008")
            return
        }
        if type == UInt8(ascii: "|") { return }
        let date1 = Array(bytes[7..<11]), date2 = Array(bytes[11..<15])
        if let problem = dateProblem(date1, blank: type == UInt8(ascii: "b")) {
            out.add(.dates008, "008/07-10 (date 1) is \"\(text(date1))\" with type of date \(type.shown): \(problem)", tag: "008")
        }
        let date2Blank = "bs".utf8.contains(type)
        let date2MayHaveBlanks = type == UInt8(ascii: "e")  // month and day: blanks for an unknown day
        if let problem = dateProblem(date2, blank: date2Blank, blanksAllowed: date2MayHaveBlanks) {
            out.add(.dates008, "008/11-14 (date 2) is \"\(text(date2))\" with type of date \(type.shown): \(problem)", tag: "008")
        }
    }

    /// Why a four-character date is not as MARC 21 codes it, or nil. `blank`: the type of date has no such date.
    static func dateProblem(_ date: [UInt8], blank: Bool, blanksAllowed: Bool = false) -> String? {
        if date.allSatisfy({ $0 == UInt8(ascii: "|") }) { return nil }
        if blank {
            return date.allSatisfy({ $0 == Field.blank }) ? nil : "this type of date has no such date, so it must be four blanks"
        }
        let valid = date.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "u") || (blanksAllowed && $0 == Field.blank) }
        return valid ? nil : "a date is four digits, with u for each unknown digit (19uu)"
    }

    static func materialName(_ leader: Leader) -> String {
        switch leader.typeOfRecord {
        case UInt8(ascii: "a"), UInt8(ascii: "t"):
            "bsi".utf8.contains(leader.bibliographicLevel) ? "a continuing resource" : "a book"
        case UInt8(ascii: "c"), UInt8(ascii: "d"): "music"
        case UInt8(ascii: "e"), UInt8(ascii: "f"): "a map"
        case UInt8(ascii: "g"), UInt8(ascii: "k"), UInt8(ascii: "o"), UInt8(ascii: "r"): "visual material"
        case UInt8(ascii: "i"), UInt8(ascii: "j"): "a sound recording"
        case UInt8(ascii: "m"): "a computer file"
        default: "mixed material"
        }
    }
}
