import Exports
import Foundation
import Testing
@testable import Pipeline
@testable import Workspace

/// The demo consortium deduplicated and scored pair by pair against the generator's ground truth: records
/// with the same `edition_id` should end in one cluster, records of different editions never.
@Suite struct DemoDedupeTests {
    @Test func theDemoDeduplicatesAsTheTruthSays() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-dedupe-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let workspace = try Workspace(directory: directory + "/work", create: true)
        _ = try IngestStage(batch: BatchFile.load(path: DemoIngestTests.demo + "/batch.yml"), workspace: workspace).run()
        let summary = try DedupeStage(workspace: workspace, outputFolder: directory + "/out").run()
        #expect(summary.records > 2_900)

        let score = try TruthScore(workspace: workspace, editions: DemoIngestTests.demo + "/truth/editions.tsv")
        print("demo dedupe: \(score.mergedPairs) merged pairs, precision \(score.precision), recall \(score.recall), \(score.reviewPairs) pairs for review")
        #expect(score.falseMerges == 0, "records of different editions merged")
        #expect(score.recall >= 0.95)
        #expect(FileManager.default.fileExists(atPath: directory + "/out/review.csv"))
    }
}
