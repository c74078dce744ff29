/// One label on a copy, as the export has it: Libra's BarCodes row (IsDefault is the primary) or BOOK-IT's
/// CA_COPY_LABEL row (the lowest LABEL_TYPE is the primary). The value is kept exactly as exported, spaces and
/// all; `BarcodeAssignment` normalises it and says so.
public struct BarcodeLabel: Hashable, Sendable {
    public var value: String
    public var isPrimary: Bool
    /// BOOK-IT's LABEL_TYPE (`1` barcode, `2` RFID, …); nil where the export has no type (Libra).
    public var labelType: String?

    public init(_ value: String, isPrimary: Bool = false, labelType: String? = nil) {
        self.value = value
        self.isPrimary = isPrimary
        self.labelType = labelType
    }
}

extension BarcodeLabel {
    /// The order in which a copy's labels are considered, so that the choice never depends on the export's row
    /// order: primary labels first; then by label type (numbers by value, a label without a type last); then by
    /// value with surrounding spaces ignored (numbers by value); then by the value as exported.
    static func stableOrder(_ a: BarcodeLabel, _ b: BarcodeLabel) -> Bool {
        if a.isPrimary != b.isPrimary { return a.isPrimary }
        switch (a.labelType, b.labelType) {
        case let (x?, y?) where x != y: return NaturalOrder.less(x, y)
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        let x = a.value.trimmingSurroundingSpaces, y = b.value.trimmingSurroundingSpaces
        if x != y { return NaturalOrder.less(x, y) }
        return NaturalOrder.less(a.value, b.value)
    }
}
