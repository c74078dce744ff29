import Foundation
import MARC

/// Every barcode (952 $p) seen across all the files of one validation, compared as Koha's unique index on
/// `items.barcode` compares them (MySQL's `utf8mb4_unicode_ci`: case and accents ignored, trailing blanks
/// too). The one thing validation keeps in memory for the whole run: a key and where it was first seen.
struct BarcodeRegistry {
    struct Sighting {
        var file: Int32
        var record: Int32
    }

    private var first: [String: Sighting] = [:]
    private var files: [String] = []

    var count: Int { first.count }

    /// Registers the record's barcodes; a finding for each one already seen (in this record or an earlier one).
    mutating func register(_ record: Record, file: String, recordNumber: Int, into out: inout RecordFindings) {
        if files.last != file { files.append(file) }
        let fileIndex = Int32(files.count - 1)
        var number = 0
        for field in record.fields where field.tag == "952" {
            number += 1
            for barcode in field.values("p") where !barcode.isEmpty {
                let key = BarcodeRegistry.key(barcode)
                if let seen = first[key] {
                    let place = seen.file == fileIndex && Int(seen.record) == recordNumber
                        ? "another item of this record"
                        : "an item of record \(seen.record) in \(files[Int(seen.file)])"
                    out.add(.barcodeDuplicate, "item \(number)'s barcode \"\(barcode)\" is also on \(place) (Koha compares "
                        + "barcodes ignoring case and accents); Koha refuses the second: give one of them a new barcode",
                            tag: "952", code: UInt8(ascii: "p"))
                } else {
                    first[key] = Sighting(file: fileIndex, record: Int32(clamping: recordNumber))
                }
            }
        }
    }

    /// The barcode as Koha's unique index sees it: lower case, accents off, trailing blanks off.
    static func key(_ barcode: String) -> String {
        var text = Substring(barcode)
        while text.last == " " { text.removeLast() }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
