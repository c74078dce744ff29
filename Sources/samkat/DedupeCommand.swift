import ArgumentParser
import Exports
import Pipeline
import Workspace

struct DedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Finds the same edition across the municipalities: clusters in the workspace, the review queue for cataloguers.",
        discussion: """
            Reads the cataloguers' decisions file (batch.yml `dedupe: decisions:`, default decisions.csv beside the \
            batch file), which beats the rules. Writes review.csv and review.json to the output folder: fill in the \
            decision column of review.csv (same or different) and save it as the decisions file.
            """
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        let summary = try DedupeStage(batch: batch, workspace: workspace).run()
        print("""
            \(summary.records) bibliographic records (keys computed for \(summary.keysComputed)), \(summary.candidatePairs) candidate pairs
            \(summary.clusters) clusters of \(summary.merged) records (\(summary.withinMunicipality) with duplicates inside one municipality), \
            \(summary.splitClusters) joins refused by a veto
            \(summary.review) pairs for review: \(batch.resolve(batch.output))/review.csv and review.json
            decisions: \(summary.decisionsApplied) applied, \(summary.decisionsNotApplied) not applied (see the findings)
            """)
    }
}
