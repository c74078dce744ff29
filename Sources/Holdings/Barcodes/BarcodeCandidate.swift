/// One copy to be given a Koha barcode (952 $p): where it belongs and every label it carries.
public struct BarcodeCandidate: Hashable, Sendable {
    /// The municipality's code (`hjo`, `skovde`); codes and ids are only unique within one municipality.
    public var municipality: String
    /// The copy's local id in its source: Libra IdItem, BOOK-IT CA_COPY_ID.
    public var itemID: String
    /// The home branch's code in the municipality's own numbering; the relabel lists are kept per branch.
    public var branch: String
    public var labels: [BarcodeLabel]

    public init(municipality: String, itemID: String, branch: String, labels: [BarcodeLabel]) {
        self.municipality = municipality
        self.itemID = itemID
        self.branch = branch
        self.labels = labels
    }

    public var item: ItemReference { ItemReference(municipality: municipality, itemID: itemID) }
    public var home: BranchReference { BranchReference(municipality: municipality, branch: branch) }
}

extension BarcodeCandidate {
    /// The order every decision is taken in: municipality, then item id (numbers by value, so 9999 comes before
    /// 10004). Two candidates for the same item (a data error) are ordered by branch and then labels, so that
    /// even they come out the same whatever the input order.
    static func stableOrder(_ a: BarcodeCandidate, _ b: BarcodeCandidate) -> Bool {
        if a.item != b.item { return a.item < b.item }
        if a.branch != b.branch { return NaturalOrder.less(a.branch, b.branch) }
        return a.labelsKey.utf8.lexicographicallyPrecedes(b.labelsKey.utf8)
    }

    /// The labels in their stable order as one string, to order two candidates that differ only in labels.
    private var labelsKey: String {
        labels.sorted(by: BarcodeLabel.stableOrder)
            .map { "\($0.isPrimary ? 0 : 1)\u{1}\($0.labelType.map { "t" + $0 } ?? "-")\u{1}\($0.value)" }
            .joined(separator: "\u{2}")
    }
}

/// A patron (borrower) card's barcode. Libra's BarCodes table holds them beside the copies' barcodes; the
/// consortium wants every copy barcode distinct from every card, so a copy sharing one with a card has a
/// collision (the card keeps its barcode: patrons are migrated separately and are not changed here).
public struct PatronBarcode: Hashable, Sendable {
    public var municipality: String
    public var barcode: String

    public init(municipality: String, barcode: String) {
        self.municipality = municipality
        self.barcode = barcode
    }

    /// The cards of a `[municipality: barcodes]` map, for callers that hold them that way.
    public static func list(_ byMunicipality: [String: Set<String>]) -> [PatronBarcode] {
        byMunicipality.flatMap { municipality, barcodes in barcodes.map { PatronBarcode(municipality: municipality, barcode: $0) } }
    }
}
