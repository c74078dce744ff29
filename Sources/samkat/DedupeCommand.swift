import ArgumentParser
import Exports
import Pipeline
import Workspace

struct DedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Finds the same edition across the municipalities: clusters in the workspace, review.csv for cataloguers.",
        discussion: "First version: the decisions file, the surviving record and the field merge are still to come."
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        let summary = try DedupeStage(workspace: workspace, outputFolder: batch.resolve(batch.output)).run()
        print("""
            \(summary.records) bibliographic records, \(summary.candidatePairs) candidate pairs: \(summary.clusters) clusters \
            of \(summary.merged) records, \(summary.review) pairs for review (\(batch.resolve(batch.output))/review.csv)
            """)
    }
}
