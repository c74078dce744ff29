import Koha
import MARC

extension ValidationRule {
    static let missingItemType942 = ValidationRule(
        "koha.942-missing-item-type", .error, "the record has 942 $c, the item type Koha's MARC 21 framework requires")
    static let missingBranch952 = ValidationRule(
        "koha.952-missing-branch", .error, "every item (952) has a home branch $a and a holding branch $b")
    static let missingItemType952 = ValidationRule(
        "koha.952-missing-item-type", .error, "every item (952) has an item type $y")
    static let dueDate952 = ValidationRule(
        "koha.952-due-date", .error, "no item (952) has a due date $q: loans are migrated apart, never in the catalogue")
    static let noBarcode952 = ValidationRule(
        "koha.952-no-barcode", .info, "every item (952) has a barcode $p")
    static let barcodeTooLong = ValidationRule(
        "koha.barcode-too-long", .error, "barcodes (952 $p) are at most 20 characters, as Koha's items.barcode holds")
    static let barcodeDuplicate = ValidationRule(
        "koha.barcode-duplicate", .error, "every barcode (952 $p) is unique across all the files validated together")
    static let iso2709Size = ValidationRule(
        "koha.iso2709-size", .warning, "the record fits ISO2709 (99,999 bytes, fields 9,999), as Koha's staged import needs")
}

/// What Koha needs of a record and its items (DESIGN §5): 942 $c; in every 952 the branches, the item type,
/// no due date, a barcode of at most 20 characters that no other item has; a size ISO2709 can hold.
enum KohaRules {
    static let code = (a: UInt8(ascii: "a"), b: UInt8(ascii: "b"), p: UInt8(ascii: "p"), q: UInt8(ascii: "q"), y: UInt8(ascii: "y"))

    static func check(_ record: Record, into out: inout RecordFindings) {
        if !record.fields("942").contains(where: { !($0.first("c") ?? "").isEmpty }) {
            out.add(.missingItemType942, "the record has no item type in 942 $c; Koha's MARC 21 framework requires it: "
                + "add 942 $c with the record's item type (samkat emit takes its items' most common one)",
                tag: "942", code: UInt8(ascii: "c"))
        }
        var number = 0
        for field in record.fields where field.tag == KohaItem.tag {
            number += 1
            let item = "item \(number)"
            for (code, role) in [(code.a, "home branch"), (code.b, "holding branch")] where !has(field, code) {
                out.add(.missingBranch952, "\(item) has no \(role) ($\(code.shown)); Koha refuses to import an item without "
                    + "one: map the copy's branch", tag: "952", code: code)
            }
            if !has(field, code.y) {
                out.add(.missingItemType952, "\(item) has no item type ($y); Koha's circulation rules and loan periods depend "
                    + "on it: map the copy's media type", tag: "952", code: code.y)
            }
            if field.subfields.contains(where: { $0.code == code.q }) {
                out.add(.dueDate952, "\(item) has a due date ($q \(field.first("q") ?? "")); Koha would show it as on loan to "
                    + "nobody: remove $q and migrate the loan with the patrons", tag: "952", code: code.q)
            }
            let barcodes = field.values("p").filter { !$0.isEmpty }
            if barcodes.isEmpty {
                out.add(.noBarcode952, "\(item) has no barcode ($p); it can be lent only after it is labelled",
                        tag: "952", code: code.p)
            }
            for barcode in barcodes {
                let length = barcode.unicodeScalars.count
                if length > 20 {
                    out.add(.barcodeTooLong, "\(item)'s barcode \"\(barcode)\" is \(length) characters; Koha's barcode column "
                        + "holds 20, so the import fails or cuts it: shorten it (samkat's barcode policy relabels)",
                            tag: "952", code: code.p)
                }
            }
        }
        if let problem = ISO2709Writer.sizeProblem(record) {
            out.add(.iso2709Size, "the record does not fit ISO2709: \(problem); Koha's staged import (which saves records as "
                + "ISO2709) fails on it: load it with bulkmarcimport.pl from MARCXML, or split its items")
        }
    }

    static func has(_ field: Field, _ code: UInt8) -> Bool {
        field.subfields.contains { $0.code == code && !$0.value.isEmpty }
    }
}
