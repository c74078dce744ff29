/// What one copy ends with.
public struct AssignedBarcode: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The copy's Koha barcode (952 $p): unique in the consortium, at most 20 characters.
        case barcode(String)
        /// The copy is migrated without a barcode, and why.
        case none(reason: String)
        /// The copy is not migrated, and why.
        case rejected(reason: String)
    }

    public var item: ItemReference
    public var branch: String
    /// The chosen label as exported; nil when the copy had none.
    public var exported: String?
    public var outcome: Outcome
    /// What was in the way of keeping the exported barcode, in `BarcodeConflict` order; empty for most copies.
    public var conflicts: [BarcodeConflict]
    /// The copy's other labels (RFID, older barcodes) in their stable order, listed so that none is lost; they
    /// are not Koha barcodes and take no part in collisions.
    public var alternatives: [BarcodeLabel]

    public var barcode: String? {
        if case .barcode(let value) = outcome { value } else { nil }
    }

    public var isRejected: Bool {
        if case .rejected = outcome { true } else { false }
    }
}
