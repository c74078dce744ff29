import ArgumentParser
import Exports
import Pipeline
import Workspace

struct EmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emit",
        abstract: "Writes the catalogue Koha imports, with the crosswalks, barcode changes, Koha setup and the ledger.",
        discussion: """
            Run after samkat dedupe. Writes to the output folder: catalogue/catalogue-NNNN.xml (or .mrc), \
            koha-setup.sql, crosswalk-records.csv, crosswalk-items.csv, barcode-changes.csv, relabel/, \
            large-records.csv and ledger.csv. Fails, writing no catalogue, when a copy uses a code no mapping \
            covers, and fails when the ledger does not balance.
            """
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        let stage = EmitStage(batch: batch, workspace: workspace)
        let summary = try stage.run()
        let records = summary.ledger.total(.records), items = summary.ledger.total(.items)
        print("""
            \(summary.records) records with \(summary.items) items in \(summary.files.count) files (\(stage.outputFolder)/catalogue), \
            \(summary.oversize) too large for ISO2709
            records: \(records.read) read = \(records.emitted) emitted + \(records.merged) merged + \(records.notMigrated) not migrated + \(records.rejected) rejected
            items: \(items.read) read = \(items.emitted) emitted + \(items.notMigrated) not migrated + \(items.rejected) rejected
            barcodes: \(summary.barcodeChanges) changed, \(summary.relabel) copies to relabel (barcode-changes.csv, relabel/)
            """)
    }
}
