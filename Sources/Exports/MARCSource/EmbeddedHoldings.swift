import MARC
import Workspace

/// Copies carried inside bibliographic records: LIBRIS-style 852 and Koha 952, one copy a field.
///
/// A copy's local id is 952 $9 (Koha's itemnumber) where present, else `<record id>/<tag>#<n>`, the field's
/// place among the record's fields of that tag, which is stable while the export is. 952's lost, damaged and
/// not-for-loan values (`$1`, `$4`, `$7`) become the status as `lost=1` style text (the first non-zero one);
/// withdrawn (`$0` non-zero) makes the copy weeded.
enum EmbeddedHoldings {
    struct Copy {
        var item: StoredItem
        var barcode: StoredBarcode?
    }

    static func items(of stored: StoredRecord, file: String) -> [Copy] {
        var copies: [Copy] = []
        for tag: Tag in ["852", "952"] {
            for (index, field) in stored.record.fields(tag).enumerated() {
                let id = (tag == "952" ? field.first("9") : nil) ?? "\(stored.localID)/\(tag)#\(index + 1)"
                var item = StoredItem(localID: id, file: file, line: stored.location.recordNumber)
                item.recordLocalID = stored.localID
                if tag == "852" { fill852(&item, field) } else { fill952(&item, field) }
                let barcode = field.first("p").map {
                    StoredBarcode(barcode: $0, itemLocalID: id, borrowerLocalID: nil, labelType: nil, isPrimary: true,
                                  file: file, line: stored.location.recordNumber)
                }
                copies.append(Copy(item: item, barcode: barcode))
            }
        }
        return copies
    }

    private static func fill852(_ item: inout StoredItem, _ field: Field) {
        item.homeBranch = field.first("b")
        item.holdingBranch = item.homeBranch
        item.shelf = field.first("c")
        item.callNumber = field.first("h")
        item.note = field.first("z") ?? field.first("x")
    }

    private static func fill952(_ item: inout StoredItem, _ field: Field) {
        item.homeBranch = field.first("a")
        item.holdingBranch = field.first("b") ?? item.homeBranch
        item.shelf = field.first("c")
        item.department = field.first("8")
        item.callNumber = field.first("o")
        item.mediaType = field.first("y")
        item.issue = field.first("h")
        item.price = field.first("g") ?? field.first("v")
        item.acquired = field.first("d")
        item.lastSeen = field.first("r")
        item.lastBorrowed = field.first("s")
        item.checkouts = field.first("l").flatMap { Int($0) }
        item.note = field.first("x") ?? field.first("z")
        for (code, word) in [("1", "lost"), ("4", "damaged"), ("7", "notforloan")] {
            if let value = field.first(Character(code)), value != "0", !value.isEmpty {
                item.status = "\(word)=\(value)"
                break
            }
        }
        if let withdrawn = field.first("0"), withdrawn != "0", !withdrawn.isEmpty { item.stock = .weeded }
    }
}
