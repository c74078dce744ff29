import MARC

/// Every copy's barcode, every change with its reason, the relabel lists and the counts. All lists are in the
/// stable order (municipality, then item id with numbers by value), whatever order the input came in.
public struct BarcodeAssignmentResult: Hashable, Sendable {
    /// One per candidate.
    public var items: [AssignedBarcode]
    /// One per copy whose Koha barcode differs from its label as exported, rejected and barcode-less copies included.
    public var changes: [BarcodeChange]
    /// Per home branch (in branch order), the changes that need a new label on the physical copy.
    public var relabel: [RelabelList]
    /// Data problems beside the changes: blank labels, several primary labels, collisions, shared affixes.
    public var findings: [Finding]
    public var counts: BarcodeCounts

    /// The relabel lists keyed by branch.
    public var relabelByBranch: [BranchReference: [BarcodeChange]] {
        Dictionary(uniqueKeysWithValues: relabel.map { ($0.branch, $0.changes) })
    }

    public func item(_ municipality: String, _ itemID: String) -> AssignedBarcode? {
        items.first { $0.item.municipality == municipality && $0.item.itemID == itemID }
    }
}

/// The copies of one branch that need a new label, in item order.
public struct RelabelList: Hashable, Sendable {
    public var branch: BranchReference
    public var changes: [BarcodeChange]
}

/// How the copies fared. `items` = `keptAsExported` + `normalised` + `newBarcode` + `withoutBarcode` + `rejected`.
public struct BarcodeCounts: Hashable, Sendable {
    public var items = 0
    /// Barcode exactly as exported.
    public var keptAsExported = 0
    /// Spaces or check characters trimmed, nothing else: the old label still scans.
    public var normalised = 0
    /// Affixed or fallback barcode: a new label is needed.
    public var newBarcode = 0
    /// Migrated without a barcode (missing in the export, or lost to another holder).
    public var withoutBarcode = 0
    public var rejected = 0
    /// Copies that need a new label (the relabel lists' length together).
    public var relabel = 0
    /// Copies with each kind of conflict (a copy may have several).
    public var conflicts: [BarcodeConflict: Int] = [:]
    /// Copies whose affixed barcode was too long or taken, so they got a fallback.
    public var fallbacks = 0

    public init() {}
}
