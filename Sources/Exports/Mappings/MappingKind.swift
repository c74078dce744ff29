import Workspace

/// The kinds of code a librarian maps: the source's lookup tables (branch … media type), and `stock`, the
/// classes of copies that are not ordinary stock (deleted, weeded, hidden, interlibrary loan, ordered), whose
/// fate is a mapping decision too.
public enum MappingKind: String, Sendable, CaseIterable {
    case branch, department, shelf, status
    case loanPeriod = "loan-period"
    case mediaType = "media-type"
    case stock
    /// The consortium's one table (not per municipality): the records' format classes (book, audiobook-cd …)
    /// and the Koha item type each gives a copy that no code of its own gives one.
    case format

    /// The kinds each municipality has its own file of.
    public static let perMunicipality: [MappingKind] = allCases.filter { $0 != .format }

    /// The source lookup table the codes come from; nil for `stock`, whose codes are samkat's classes.
    public var lookup: LookupKind? { LookupKind(rawValue: rawValue) }

    /// Words for the stock classes, as the mapping file shows them.
    public static func stockName(_ stock: StockClass) -> String {
        switch stock {
        case .ordinary: "Ordinary stock"
        case .deleted: "Deleted in the source system"
        case .weeded: "Weeded or discarded (Gallrat, Kasserat)"
        case .hidden: "Hidden in the source system"
        case .interlibraryLoan: "Interlibrary loan (another library's copy)"
        case .ordered: "Ordered, not yet received"
        }
    }
}
