/// One copy whose Koha barcode differs from its label as exported: old and new value and why, in words a
/// librarian can act on.
public struct BarcodeChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Surrounding spaces removed; the label still scans.
        case spacesTrimmed = "spaces-trimmed"
        /// Plessey check characters trimmed (`CheckDigitTrim`); the label still scans.
        case checkDigitTrimmed = "check-digit-trimmed"
        /// The export has no barcode for the copy (no label, or only blank ones).
        case missing
        /// The policy's prefix or suffix was added.
        case affixed
        /// The affixed barcode was too long or already taken: a generated one was given instead.
        case fallback
        /// The copy lost its barcode to another holder (`keepFirst`), or no barcode could be made for it.
        case removed
        /// The copy is not migrated (`reject`).
        case rejected
    }

    public var municipality: String
    public var itemID: String
    public var branch: String
    /// The chosen label as exported (spaces and all); nil when the copy had none.
    public var old: String?
    /// The barcode the copy gets in Koha; nil when it gets none or is rejected.
    public var new: String?
    public var kind: Kind
    public var reason: String
    /// Whether someone must put a new label on the physical copy (false for rejected copies and for changes
    /// that the old label still scans as).
    public var needsRelabel: Bool

    public init(municipality: String, itemID: String, branch: String, old: String?, new: String?, kind: Kind,
                reason: String, needsRelabel: Bool) {
        self.municipality = municipality
        self.itemID = itemID
        self.branch = branch
        self.old = old
        self.new = new
        self.kind = kind
        self.reason = reason
        self.needsRelabel = needsRelabel
    }

    public var item: ItemReference { ItemReference(municipality: municipality, itemID: itemID) }
    public var home: BranchReference { BranchReference(municipality: municipality, branch: branch) }
}
