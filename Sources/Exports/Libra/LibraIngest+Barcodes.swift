import MARC
import Workspace

extension LibraIngest {
    /// BarCodes holds item and patron barcodes alike. Item barcodes are stored (IsDefault marks the primary);
    /// patron barcodes are handed over with their borrower for the collision check and counted as set aside,
    /// since they are not part of the catalogue.
    func readBarcodes() throws {
        try tables.read("BarCodes", columns: ["BarCode", "IdBorrower", "IdItem", "IsDefault"], counts: &counts) { row, location in
            guard let barcode = row.id("BarCode") else { return .rejected("the row has no BarCode") }
            let item = row.nonZeroID("IdItem")
            let borrower = row.nonZeroID("IdBorrower")
            let line = location.line ?? location.recordNumber
            switch (item, borrower) {
            case (nil, nil):
                return .rejected("barcode \(barcode) belongs to neither a copy (IdItem) nor a borrower (IdBorrower)")
            case (nil, let borrower?):
                try self.sink.add(StoredBarcode(barcode: barcode, itemLocalID: nil, borrowerLocalID: borrower, labelType: nil,
                                                isPrimary: row.bool("IsDefault") ?? false, file: location.file, line: line))
                return .setAside("patron barcode")
            case (let item?, let borrower):
                if let borrower {
                    try self.sink.add(Finding(.warning, "libra.barcode-owner",
                                              "barcode \(barcode) names both copy \(item) and borrower \(borrower); it is kept as the copy's",
                                              at: location))
                }
                try self.sink.add(StoredBarcode(barcode: barcode, itemLocalID: item, borrowerLocalID: borrower, labelType: nil,
                                                isPrimary: row.bool("IsDefault") ?? false, file: location.file, line: line))
                return .stored
            }
        }
    }
}
