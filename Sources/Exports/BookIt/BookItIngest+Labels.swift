import MARC
import Workspace

extension BookItIngest {
    /// A label row, held until the table is read: a copy's labels may be anywhere in the dump.
    private struct Label {
        var barcode: String
        var copy: String
        var type: Int?
        var labelID: Int?
        var row: Int
        var file: String
        var line: Int

        /// Lowest LABEL_TYPE first (1 is the barcode), a label without a type last; then the lowest
        /// CA_COPY_LABEL_ID; then the first row.
        var rank: (Int, Int, Int) { (type ?? .max, labelID ?? .max, row) }
    }

    /// CA_COPY_LABEL: every label of every copy is kept. The copy's primary label (the one that becomes its
    /// barcode) is the one with the lowest LABEL_TYPE, ties broken by the lowest CA_COPY_LABEL_ID.
    func readLabels() throws {
        var labels: [Label] = []
        try tables.read("CA_COPY_LABEL", columns: ["CA_COPY_ID", "CA_COPY_LABEL_ID", "LABEL", "LABEL_TYPE"],
                        counts: &counts) { row, location in
            guard let barcode = row.id("LABEL") else { return .rejected("the label row has no LABEL") }
            guard let copy = row.nonZeroID("CA_COPY_ID") else { return .rejected("label \(barcode) names no copy (CA_COPY_ID)") }
            labels.append(Label(barcode: barcode, copy: copy, type: row.int("LABEL_TYPE"), labelID: row.int("CA_COPY_LABEL_ID"),
                                row: location.recordNumber, file: location.file, line: location.line ?? location.recordNumber))
            return .stored
        }
        var primary: [String: Int] = [:]
        for (index, label) in labels.enumerated() {
            if let best = primary[label.copy], labels[best].rank <= label.rank { continue }
            primary[label.copy] = index
        }
        for (index, label) in labels.enumerated() {
            try sink.add(StoredBarcode(barcode: label.barcode, itemLocalID: label.copy, borrowerLocalID: nil,
                                       labelType: label.type.map(String.init), isPrimary: primary[label.copy] == index,
                                       file: label.file, line: label.line))
        }
    }
}
