import Exports
import Foundation
import Testing
@testable import Pipeline

/// `samkat run` over the demo consortium (its exports read in place; mappings, workspace and output in a
/// temporary folder): every stage the first time, the unchanged ones skipped the next, a changed decisions
/// file re-running dedupe and emit, `--from`, and a failing stage named with what to do.
@Suite struct BatchRunTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-run-\(UUID().uuidString)").path

    func batch() throws -> BatchFile {
        var batch = try BatchFile.load(path: DemoIngestTests.demo + "/batch.yml")
        batch.mappings = root + "/mappings"
        batch.workspace = root + "/work"
        batch.output = root + "/out"
        batch.dedupe.decisions = root + "/decisions.csv"
        return batch
    }

    /// Runs the batch; what each stage did: "ran" or "skipped".
    func run(from: BatchRun.Stage? = nil) throws -> [String: String] {
        var outcome: [String: String] = [:]
        try BatchRun(batch: try batch(), from: from) { event in
            switch event {
            case let .finished(stage, _, _): outcome[stage.rawValue] = "ran"
            case let .skipped(stage, _): outcome[stage.rawValue] = "skipped"
            default: break
            }
        }.run()
        return outcome
    }

    @Test func unchangedStagesAreSkippedAndChangedOnesRunAgain() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: DemoIngestTests.demo + "/mappings", toPath: root + "/mappings")
        let all = ["ingest": "ran", "mappings": "ran", "dedupe": "ran", "emit": "ran", "validate": "ran", "report": "ran"]
        #expect(try run() == all)
        #expect(FileManager.default.fileExists(atPath: root + "/out/ledger.csv") && FileManager.default.fileExists(atPath: root + "/out/report.html"))
        #expect(try run() == ["ingest": "ran", "mappings": "ran", "dedupe": "skipped", "emit": "skipped", "validate": "skipped", "report": "ran"])

        let review = try String(contentsOfFile: root + "/out/review.csv", encoding: .utf8).split(separator: "\n")
        try (String(review[0]) + "\nsame" + review[1]).write(toFile: root + "/decisions.csv", atomically: true, encoding: .utf8)
        #expect(try run() == all)
        #expect(try run(from: .emit) == ["ingest": "skipped", "mappings": "skipped", "dedupe": "skipped", "emit": "ran", "validate": "ran", "report": "ran"])
    }

    @Test func aFailingStageIsNamedWithWhatToDo() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: DemoIngestTests.demo + "/mappings", toPath: root + "/mappings")
        let status = root + "/mappings/hjo/status.tsv"
        let lines = try String(contentsOfFile: status, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.hasPrefix("31\t") }.joined(separator: "\n").write(toFile: status, atomically: true, encoding: .utf8)
        #expect {
            _ = try run()
        } throws: { error in
            guard let failure = error as? BatchRun.Failure else { return false }
            return failure.stage == .mappings && failure.reason.contains("hjo/status.tsv: 31") && failure.whatToDo.contains("mapping files")
        }
    }
}
