import Exports
import Koha
import MARC
import Workspace

/// A copy as a Koha item: its codes through the mappings, its final barcode and call number, and its exported
/// dates and prices in Koha's forms. A value that cannot be read is left out, with a finding naming the copy's
/// row. Never a due date: circulation is not migrated here.
enum KohaItems {
    static func item(_ item: StoredItem, mapped: MappedItem, barcode: String?, callNumber: String?) -> (KohaItem, [Finding]) {
        var findings: [Finding] = []
        let location = RecordLocation.row(file: item.file, line: item.line)
        func date(_ text: String?, _ what: String) -> String {
            guard let text else { return "" }
            switch KohaDate.parse(text) {
            case let .value(date): return date.description
            case .absent: return ""
            case let .unreadable(reason):
                findings.append(Finding(.warning, "emit.unreadable-date", "copy \(item.localID): \(what) left out: \(reason)", at: location))
                return ""
            }
        }
        var price = ""
        if let text = item.price {
            switch SwedishPrice.parse(text) {
            case let .value(decimal): price = decimal
            case .absent: break
            case let .unreadable(reason):
                findings.append(Finding(.warning, "emit.unreadable-price", "copy \(item.localID): price left out: \(reason)", at: location))
            }
        }
        let result = KohaItem(
            homeBranch: mapped.homeBranch, holdingBranch: mapped.holdingBranch, location: mapped.location ?? "",
            dateAccessioned: date(item.acquired, "date acquired"), price: price, enumeration: item.issue ?? "",
            totalCheckouts: item.checkouts.map(String.init) ?? "", callNumber: callNumber ?? "",
            classificationSource: callNumber == nil ? "" : "SAB", barcode: barcode ?? "",
            dateLastSeen: date(item.lastSeen, "date last seen"), dateLastBorrowed: date(item.lastBorrowed, "date last borrowed"),
            replacementPrice: price, nonPublicNote: item.note ?? "", itemType: mapped.itemType,
            withdrawn: mapped.withdrawn ?? "", lost: mapped.lost ?? "", damaged: mapped.damaged ?? "",
            notForLoan: mapped.notForLoan ?? "", collection: mapped.collection ?? "")
        return (result, findings)
    }
}
