/// A copy as people name it: its municipality and local id (`hjo copy 10004`). Ordered by municipality, then
/// item id with numbers compared by value.
public struct ItemReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var municipality: String
    public var itemID: String

    public init(municipality: String, itemID: String) {
        self.municipality = municipality
        self.itemID = itemID
    }

    public var description: String { "\(municipality) copy \(itemID)" }

    public static func < (a: ItemReference, b: ItemReference) -> Bool {
        if a.municipality != b.municipality { return NaturalOrder.less(a.municipality, b.municipality) }
        return NaturalOrder.less(a.itemID, b.itemID)
    }
}

/// A branch: branch codes are per municipality (branch 2 in Hjo is not branch 2 in Skövde), so a relabel list
/// is keyed on both.
public struct BranchReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var municipality: String
    public var branch: String

    public init(municipality: String, branch: String) {
        self.municipality = municipality
        self.branch = branch
    }

    public var description: String { "\(municipality) branch \(branch)" }

    public static func < (a: BranchReference, b: BranchReference) -> Bool {
        if a.municipality != b.municipality { return NaturalOrder.less(a.municipality, b.municipality) }
        return NaturalOrder.less(a.branch, b.branch)
    }
}
