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

        let recordID = Dictionary(uniqueKeysWithValues: try workspace.database.prepare("""
            SELECT source.municipality || '/' || record.local_id, record.id FROM record
            JOIN source ON source.id = record.source_id WHERE source.active = 1 AND record.kind = 'bibliographic'
            """).rows { ($0.text(0) ?? "", $0.int64(1)) })
        var edition: [Int64: String] = [:]
        for row in try DemoIngestTests.truth("editions.tsv") {
            if let id = recordID["\(row["municipality"]!)/\(row["record_id"]!)"] { edition[id] = row["edition_id"] }
        }
        let cluster = Dictionary(uniqueKeysWithValues: try workspace.database.prepare("SELECT record_id, cluster FROM cluster_member")
            .rows { ($0.int64(0), $0.int64(1)) })
        func pairs(_ groups: [[Int64]]) -> [(Int64, Int64)] {
            groups.flatMap { group in group.indices.flatMap { i in group[(i + 1)...].map { (group[i], $0) } } }
        }
        let truthSame = pairs(Dictionary(grouping: edition.keys, by: { edition[$0]! }).values.map { $0.sorted() })
        let predicted = pairs(Dictionary(grouping: cluster.keys, by: { cluster[$0]! }).values.map { $0.sorted() })
        let falseMerges = predicted.filter { edition[$0.0] != edition[$0.1] }
        let found = truthSame.filter { cluster[$0.0] != nil && cluster[$0.0] == cluster[$0.1] }.count
        let precision = Double(predicted.count - falseMerges.count) / Double(max(predicted.count, 1))
        let recall = Double(found) / Double(max(truthSame.count, 1))
        print("demo dedupe: \(predicted.count) merged pairs, precision \(precision), recall \(recall), \(summary.review) pairs for review")
        #expect(falseMerges.isEmpty, "records of different editions merged: \(falseMerges.prefix(5))")
        #expect(recall >= 0.95)
        #expect(FileManager.default.fileExists(atPath: directory + "/out/review.csv"))
    }
}
