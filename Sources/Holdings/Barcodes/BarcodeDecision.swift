/// The policy's decision for one colliding copy.
struct BarcodeDecision: Sendable {
    var outcome: AssignedBarcode.Outcome
    var kind: BarcodeChange.Kind
    var reason: String
    var needsRelabel: Bool
    /// Whether the affixed barcode could not be used.
    var isFallback = false
}
