import ArgumentParser
import Exports
import Foundation
import Pipeline
import Workspace

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Reads every export of a batch into the workspace; unchanged exports are skipped.",
        discussion: "Each source is stored aside and swapped in whole, so an interrupted ingest never leaves half a source."
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    @Flag(help: "Ingest every export again, even those that have not changed.")
    var force = false

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace), create: true)
        let display = ProgressLine()
        let stage = IngestStage(batch: batch, workspace: workspace, log: { display.finish($0) }, progress: { progress in
            display.update("\(progress.source): \(progress.records) records, \(progress.items) items")
        })
        let started = Date()
        let outcomes = try stage.run(force: force)
        let ingested = outcomes.filter { $0.action == .ingested }.count
        display.finish("ingested \(ingested) of \(outcomes.count) exports in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}
