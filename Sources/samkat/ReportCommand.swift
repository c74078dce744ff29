import ArgumentParser
import Exports
import Pipeline
import Workspace

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Writes report.html: the ledger, shared titles, items by type, dedupe and the review queue, barcodes, findings.",
        discussion: "One self-contained page in the output folder (opens from disk, no network), with findings.csv beside it."
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        print(try ReportStage(batch: batch, workspace: workspace).run())
    }
}
