import Workspace

/// What happens to a copy: migrated, migrated as not for loan, or counted and left out.
public enum ItemAction: String, Sendable, Comparable, CaseIterable {
    case migrate
    case notForLoan = "not-for-loan"
    case doNotMigrate = "do-not-migrate"

    /// Stricter is greater: where a status and a stock class disagree, the stricter action wins.
    public static func < (a: ItemAction, b: ItemAction) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The codes of one copy as its export gave them.
public struct ItemCodes: Sendable, Equatable {
    public var homeBranch: String?
    public var holdingBranch: String?
    public var department: String?
    public var shelf: String?
    public var status: String?
    public var loanPeriod: String?
    public var mediaType: String?
    public var stock: StockClass

    public init(homeBranch: String? = nil, holdingBranch: String? = nil, department: String? = nil, shelf: String? = nil,
                status: String? = nil, loanPeriod: String? = nil, mediaType: String? = nil, stock: StockClass = .ordinary) {
        self.homeBranch = homeBranch
        self.holdingBranch = holdingBranch
        self.department = department
        self.shelf = shelf
        self.status = status
        self.loanPeriod = loanPeriod
        self.mediaType = mediaType
        self.stock = stock
    }
}

/// A copy's Koha values through its municipality's mappings.
public struct MappedItem: Sendable, Equatable {
    public var action: ItemAction
    public var homeBranch: String
    public var holdingBranch: String
    /// LOC.
    public var location: String?
    /// CCODE.
    public var collection: String?
    public var itemType: String
    /// Which mapping gave the item type, for the report: "media-type LCD", "format audiobook-cd".
    public var itemTypeSource: String
    public var notForLoan: String?
    public var lost: String?
    public var damaged: String?
    public var withdrawn: String?
}

/// A code a copy uses that no filled mapping row covers (the mappings check lists them all before a merge).
public struct UnmappedCode: Error, Sendable, Hashable, CustomStringConvertible {
    public var kind: String
    public var code: String

    public var description: String { "\(kind) code \"\(code)\" has no filled mapping" }
}

/// Maps copies of one municipality to Koha values, by these rules (first value that is not `-` wins):
///
/// - home branch: the branch mapping of the home branch (required); holding branch: of the holding branch,
///   else the home branch;
/// - LOC and CCODE: the shelf's, else the department's;
/// - item type: by `itemTypeOrder` (default: the copy's media code, its department, its loan period, then the
///   record's format class through the consortium's format mapping); a copy without one is unmapped;
/// - action: the stricter of its status's and its stock class's (ordinary stock: migrate);
/// - not for loan: the status's, the stock class's, the loan period's; a not-for-loan action without a
///   value gets 1; lost, damaged, withdrawn: the status's.
public struct ItemMapper: Sendable {
    public enum ItemTypeSource: String, Sendable, CaseIterable {
        case mediaType = "media-type", department, loanPeriod = "loan-period", format
    }

    public static let defaultItemTypeOrder: [ItemTypeSource] = [.mediaType, .department, .loanPeriod, .format]

    private let rows: [MappingKind: [String: [String: String]]]
    private let defaults: [MappingKind: [String: String]]
    private let formatItemTypes: [String: String]
    private let itemTypeOrder: [ItemTypeSource]

    /// `tables`: the municipality's mapping tables by kind; `formatItemTypes`: format class → Koha item type.
    public init(tables: [MappingTable], formatItemTypes: [String: String], itemTypeOrder: [ItemTypeSource] = ItemMapper.defaultItemTypeOrder) {
        var rows: [MappingKind: [String: [String: String]]] = [:]
        var defaults: [MappingKind: [String: String]] = [:]
        for table in tables {
            for row in table.rows where row.isFilled {
                // Cleaned once here: `value` runs for every column of millions of copies.
                let targets = row.targets.compactMapValues(ItemMapper.clean)
                if row.code == MappingTable.defaultCode { defaults[table.kind] = targets } else { rows[table.kind, default: [:]][row.code] = targets }
            }
        }
        self.rows = rows
        self.defaults = defaults
        self.formatItemTypes = formatItemTypes.compactMapValues(ItemMapper.clean)
        self.itemTypeOrder = itemTypeOrder
    }

    public func map(_ codes: ItemCodes, format: String?) -> Result<MappedItem, UnmappedCode> {
        Result { () throws(UnmappedCode) in try mapped(codes, format: format) }
    }

    private func mapped(_ codes: ItemCodes, format: String?) throws(UnmappedCode) -> MappedItem {
        let branch = try targets(.branch, codes.homeBranch)
        guard let home = value(branch, "branchcode") else { throw UnmappedCode(kind: "branch", code: codes.homeBranch ?? "(none)") }
        let holding = try value(targets(.branch, codes.holdingBranch), "branchcode") ?? home
        let shelf = try targets(.shelf, codes.shelf), department = try targets(.department, codes.department)
        let status = try targets(.status, codes.status), loanPeriod = try targets(.loanPeriod, codes.loanPeriod)
        let stock = codes.stock == .ordinary ? nil : try targets(.stock, codes.stock.rawValue)
        let media = try targets(.mediaType, codes.mediaType)

        var itemType: (String, String)?
        for source in itemTypeOrder where itemType == nil {
            switch source {
            case .mediaType: itemType = value(media, "itemtype").map { ($0, "media-type \(codes.mediaType ?? "")") }
            case .department: itemType = value(department, "itemtype").map { ($0, "department \(codes.department ?? "")") }
            case .loanPeriod: itemType = value(loanPeriod, "itemtype").map { ($0, "loan-period \(codes.loanPeriod ?? "")") }
            case .format: itemType = self.itemType(forFormat: format).map { ($0, "format \(format ?? "")") }
            }
        }
        guard let (type, typeSource) = itemType else { throw UnmappedCode(kind: "item type", code: format ?? codes.mediaType ?? "(none)") }

        let action = [value(status, "action"), value(stock, "action")].compactMap { $0.flatMap(ItemAction.init(rawValue:)) }.max() ?? .migrate
        var notForLoan = value(status, "notforloan") ?? value(stock, "notforloan") ?? value(loanPeriod, "notforloan")
        if action == .notForLoan, notForLoan == nil { notForLoan = "1" }
        return MappedItem(
            action: action, homeBranch: home, holdingBranch: holding,
            location: value(shelf, "loc") ?? value(department, "loc"), collection: value(shelf, "ccode") ?? value(department, "ccode"),
            itemType: type, itemTypeSource: typeSource, notForLoan: notForLoan,
            lost: value(status, "lost"), damaged: value(status, "damaged"), withdrawn: value(status, "withdrawn"))
    }

    /// The item type the consortium's format table gives a record of `format` (942 $c of a record without copies).
    public func itemType(forFormat format: String?) -> String? {
        format.flatMap { formatItemTypes[$0] }
    }

    /// The filled row for `code` (or the filled `_DEFAULT_`); nil when the copy has no such code.
    private func targets(_ kind: MappingKind, _ code: String?) throws(UnmappedCode) -> [String: String]? {
        // A copy without a home branch still needs one: the branch table's `_DEFAULT_` row gives it.
        guard let code, !code.isEmpty else { return kind == .branch ? defaults[.branch] : nil }
        if let row = rows[kind]?[code] ?? defaults[kind] { return row }
        throw UnmappedCode(kind: kind.rawValue, code: code)
    }

    /// A filled value (the rows hold no empty or `-` values).
    private func value(_ targets: [String: String]?, _ column: String) -> String? { targets?[column] }

    /// Empty and `-` ("nothing here") are no value.
    private static func clean(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "-" ? nil : trimmed
    }
}
