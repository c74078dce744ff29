import Dedupe
import Foundation
import Holdings
import Koha
import MARC
import Reports
import Workspace

/// The files beside the catalogue, in the output folder:
///
/// - `crosswalk-records.csv`: every bibliographic record read (municipality, system, local id) → emitted,
///   merged or not migrated, and the record it is in (its surviving record's provenance 035);
/// - `crosswalk-items.csv`: every copy of those records → emitted, not migrated or rejected, and its final
///   barcode (for the later migration of loans, holds and patrons);
/// - `barcode-changes.csv` (every change, old and new value and why) and `relabel/<municipality>-<branch>.csv`
///   (the physical copies that need a new label);
/// - `large-records.csv` (records set apart for `bulkmarcimport.pl`), `koha-setup.sql` and `koha-setup/*.csv`,
///   `ledger.csv`, and `items-by-type.csv` (copies emitted per municipality and item type, for the report).
///
/// Every file is written under a temporary name and renamed when complete.
final class EmitReports {
    let folder: String
    private let records: ByteOutput
    private let items: ByteOutput

    init(folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        records = try ByteOutput(path: (folder as NSString).appendingPathComponent("crosswalk-records.csv"))
        items = try ByteOutput(path: (folder as NSString).appendingPathComponent("crosswalk-items.csv"))
        try records.write(CSV.line(["municipality", "system", "record_id", "outcome", "record"]))
        try items.write(CSV.line(["municipality", "item_id", "record_id", "outcome", "barcode", "record"]))
    }

    /// The crosswalks' word for a ledger column.
    static func outcome(_ column: Ledger.Column) -> String {
        switch column {
        case .emitted: "emitted"
        case .merged: "merged"
        case .notMigrated: "not-migrated"
        case .rejected: "rejected"
        case .read: "read"
        }
    }

    func record(_ provenance: Provenance, outcome: String, record: String) throws {
        try records.write(CSV.line([provenance.municipality, provenance.system, provenance.localID, outcome, record]))
    }

    func item(_ municipality: String, _ item: StoredItem, outcome: String, barcode: String?, record: String) throws {
        try items.write(CSV.line([municipality, item.localID, item.recordLocalID ?? "", outcome, barcode ?? "", record]))
    }

    func finish(barcodes: BarcodeAssignmentResult, oversize: [CatalogueFiles.Oversize], setup: KohaSetup, ledger: Ledger,
                itemTypes: [String: [String: Int]]) throws {
        try records.close()
        try items.close()
        let changeHeader = ["municipality", "item_id", "branch", "old", "new", "change", "reason", "relabel"]
        func row(_ change: BarcodeChange) -> String {
            CSV.line([change.municipality, change.itemID, change.branch, change.old ?? "", change.new ?? "", change.kind.rawValue, change.reason,
                      change.needsRelabel ? "yes" : ""])
        }
        try write("barcode-changes.csv", CSV.line(changeHeader) + barcodes.changes.map(row).joined())
        let relabel = (folder as NSString).appendingPathComponent("relabel")
        try? FileManager.default.removeItem(atPath: relabel)
        try FileManager.default.createDirectory(atPath: relabel, withIntermediateDirectories: true)
        for list in barcodes.relabel {
            let branch = list.branch.branch.map { $0 == "/" || $0 == "\\" ? "_" : $0 }  // a branch code is not a path
            try write("relabel/\(list.branch.municipality)-\(String(branch)).csv", CSV.line(changeHeader) + list.changes.map(row).joined())
        }
        try write("large-records.csv", CSV.line(["record", "file", "why"]) + oversize.map { CSV.line([$0.id, $0.file, $0.reason]) }.joined())
        do {
            try write("koha-setup.sql", try setup.sql())
            try FileManager.default.createDirectory(atPath: (folder as NSString).appendingPathComponent("koha-setup"), withIntermediateDirectories: true)
            for (name, text) in try setup.csvFiles() { try write("koha-setup/" + name, text) }
        } catch let error as KohaSetupError {
            throw PipelineError.invalidSetting("the mappings give Koha codes it cannot hold: \(error)")
        }
        try write("ledger.csv", ledger.csv())
        try write("items-by-type.csv", CSV.line(["municipality", "itemtype", "items"]) + itemTypes.sorted { $0.key < $1.key }.flatMap { municipality, counts in
            counts.sorted { $0.key < $1.key }.map { CSV.line([municipality, $0.key, String($0.value)]) }
        }.joined())
    }

    private func write(_ name: String, _ text: String) throws {
        let output = try ByteOutput(path: (folder as NSString).appendingPathComponent(name))
        try output.write(text)
        try output.close()
    }
}
