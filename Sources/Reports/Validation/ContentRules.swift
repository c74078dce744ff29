import Dedupe
import MARC

extension ValidationRule {
    static let titleMissing = ValidationRule(
        "content.245-missing", .error, "the record has a title statement (245)")
    static let titleRepeated = ValidationRule(
        "content.245-repeated", .error, "the record has one 245, not several")
    static let isbnUnreadable = ValidationRule(
        "content.isbn-unreadable", .warning, "020 $a holds an ISBN: 10 or 13 digits")
    static let isbnCheckDigit = ValidationRule(
        "content.isbn-check-digit", .warning, "an ISBN in 020 $a has the right check digit")
    static let issnUnreadable = ValidationRule(
        "content.issn-unreadable", .warning, "022 $a holds an ISSN: eight characters")
    static let issnCheckDigit = ValidationRule(
        "content.issn-check-digit", .warning, "an ISSN in 022 $a has the right check digit")
    static let dateFuture = ValidationRule(
        "content.date-future", .warning, "008 date 1 is at most one year in the future")
}

/// What the record says: a title, standard numbers that are numbers, dates that could be true. The ISBN and
/// ISSN readings are dedupe's own (`ISBN`, `StandardNumbers`), so what validate calls wrong is what dedupe
/// will not trust as a key.
enum ContentRules {
    static func check(_ record: Record, currentYear: Int, into out: inout RecordFindings) {
        let titles = record.fields("245").count
        if titles == 0 {
            out.add(.titleMissing, "the record has no title statement (245); Koha shows it without a title and cannot sort or "
                + "find it by title: add a 245")
        } else if titles > 1 {
            out.add(.titleRepeated, "the record has \(titles) title statements (245); Koha shows only the first: keep one and "
                + "move the others to 246 or 740", tag: "245")
        }
        for field in record.fields where field.tag == "020" {
            for value in field.values("a") {
                guard let isbn = ISBN.read(value) else {
                    out.add(.isbnUnreadable, "\"\(value)\" is not an ISBN (10 or 13 digits); Koha and dedupe cannot use it: "
                        + "correct it, or move it to 020 $z if it is known to be wrong", tag: "020", code: UInt8(ascii: "a"))
                    continue
                }
                if !isbn.checkDigitValid {
                    out.add(.isbnCheckDigit, "the ISBN \"\(value)\" has a wrong check digit; correct a mistyped digit, or move "
                        + "it to 020 $z (an invalid ISBN printed in the book)", tag: "020", code: UInt8(ascii: "a"))
                }
            }
        }
        for field in record.fields where field.tag == "022" {
            for value in field.values("a") {
                guard let issn = StandardNumbers.issn(value) else {
                    out.add(.issnUnreadable, "\"\(value)\" is not an ISSN (eight characters, 1234-5678); correct it, or move it "
                        + "to 022 $y if it is known to be wrong", tag: "022", code: UInt8(ascii: "a"))
                    continue
                }
                if !issn.valid {
                    out.add(.issnCheckDigit, "the ISSN \"\(value)\" has a wrong check digit; correct a mistyped digit, or move "
                        + "it to 022 $y (an incorrect ISSN)", tag: "022", code: UInt8(ascii: "a"))
                }
            }
        }
        if let year = date1(record), year > currentYear + 1 {
            out.add(.dateFuture, "008 date 1 is \(year), more than a year after \(currentYear); a mistyped year (check 264 $c "
                + "and 260 $c) sorts the record wrongly and hides it from year searches", tag: "008")
        }
    }

    /// 008/07-10 when they are four digits.
    static func date1(_ record: Record) -> Int? {
        guard let value = record.controlValue("008") else { return nil }
        let bytes = Array(value.utf8)
        guard bytes.count >= 11 else { return nil }
        var year = 0
        for byte in bytes[7..<11] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            year = year * 10 + Int(byte - 0x30)
        }
        return year
    }
}
