/// Why a copy cannot simply keep its barcode. Barcodes are compared as Koha's unique index compares them
/// (case and accents ignored, see `BarcodeText.key`), after surrounding spaces and configured check
/// characters are trimmed.
public enum BarcodeConflict: String, Hashable, Sendable, Comparable, CaseIterable {
    /// Another municipality has a copy with the same barcode.
    case acrossMunicipalities = "across-municipalities"
    /// Another copy of the same municipality has the same barcode.
    case withinMunicipality = "within-municipality"
    /// A patron card (of any municipality) has the same barcode; the card keeps it.
    case patron
    /// The barcode is longer than Koha's 20 characters as exported.
    case tooLong = "too-long"

    public static func < (a: BarcodeConflict, b: BarcodeConflict) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
