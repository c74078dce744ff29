/// One municipality's export folder being written, in the layout its system has (docs/export-folders.md).
protocol MunicipalityExport: AnyObject {
    var municipality: Municipality { get }
    /// Writes a record, its items and their barcodes, and their truth rows.
    func write(_ record: PendingRecord) throws
    /// Writes a patron barcode (Libra BarCodes with IdBorrower); BOOK-IT keeps patrons elsewhere and ignores it.
    func writePatron(borrowerID: Int, barcode: String) throws
    func close() throws
}

/// Shared helpers.
extension PendingItem {
    /// Swedish decimal, as Libra and BOOK-IT print prices.
    var priceText: String { "\(price),00" }
}
