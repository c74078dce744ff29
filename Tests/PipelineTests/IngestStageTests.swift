import Exports
import Foundation
import MARC
import Testing
@testable import Pipeline
@testable import Workspace

/// The ingest stage with a small stand-in adapter: `items.txt` lines `item<TAB>record`, and one MARC record
/// per line of `records.txt` (its local id). A line `FAIL` makes the adapter throw half-way.
struct StandInAdapter: SourceAdapter {
    let folder: String

    func inputFiles() throws -> [String] { ["records.txt", "items.txt"].map { folder + "/" + $0 } }

    func ingest(into sink: any IngestSink) throws -> IngestCounts {
        var counts = IngestCounts()
        var records = IngestCounts.Input(name: "catalogue", file: "records.txt")
        for (number, id) in try lines("records.txt").enumerated() {
            records.read += 1
            if id == "FAIL" { throw MARCError.readFailed(path: "records.txt", reason: "disk gone") }
            if id == "BROKEN" {
                try sink.add(RejectedInput(entity: "record", file: "records.txt", position: number + 1, byteOffset: nil, reason: "broken", raw: Array(id.utf8)))
                records.rejected += 1
                continue
            }
            let record = Record(fields: [Field(tag: "001", value: id), Field(tag: "245", subfields: [Subfield("a", "Titel \(id)")])])
            try sink.add(StoredRecord(localID: id, kind: .bibliographic, record: record,
                                      location: RecordLocation(file: "records.txt", recordNumber: number + 1, byteOffset: 0), encoding: .ascii))
            records.stored += 1
        }
        var items = IngestCounts.Input(name: "Items", file: "items.txt")
        for (number, line) in try lines("items.txt").enumerated() {
            items.read += 1
            let parts = line.split(separator: "\t").map(String.init)
            var item = StoredItem(localID: parts[0], file: "items.txt", line: number + 1)
            item.recordLocalID = parts.count > 1 ? parts[1] : nil
            try sink.add(item)
            try sink.add(StoredBarcode(barcode: "B" + parts[0], itemLocalID: parts[0], borrowerLocalID: nil, labelType: nil, isPrimary: true, file: "items.txt", line: number + 1))
            items.stored += 1
        }
        counts.inputs = [records, items]
        return counts
    }

    private func lines(_ name: String) throws -> [String] {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

@Suite struct IngestStageTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-ingest-\(UUID().uuidString)").path

    func export(_ municipality: String, records: [String], items: [String]) throws {
        let folder = root + "/exports/" + municipality
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try records.joined(separator: "\n").write(toFile: folder + "/records.txt", atomically: true, encoding: .utf8)
        try items.joined(separator: "\n").write(toFile: folder + "/items.txt", atomically: true, encoding: .utf8)
    }

    func stage(withoutTibro: Bool = false) throws -> (IngestStage, Workspace) {
        let batch = BatchFile(
            consortium: .init(name: "Test", municipalities: [.init(code: "hjo", name: "Hjo"), .init(code: "tibro", name: "Tibro")]),
            exports: [.init(municipality: "hjo", system: .libra, folder: "exports/hjo")]
                + (withoutTibro ? [] : [.init(municipality: "tibro", system: .bookit, folder: "exports/tibro")]),
            mappings: "mappings", workspace: "work", output: "out", baseDirectory: root)
        let workspace = try Workspace(directory: root + "/work", create: true)
        return (IngestStage(batch: batch, workspace: workspace) { _, folder in StandInAdapter(folder: folder) }, workspace)
    }

    func count(_ workspace: Workspace, _ sql: String) throws -> Int64 { try workspace.database.scalar(sql) ?? -1 }

    @Test func storesEverySourceAndFindsBrokenLinks() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", records: ["1", "2", "BROKEN"], items: ["10\t1", "11\t1", "12\t9"])
        try export("tibro", records: ["1"], items: ["10\t1"])
        let (stage, workspace) = try stage()
        let outcomes = try stage.run()
        #expect(outcomes.map(\.action) == [.ingested, .ingested])
        #expect(try count(workspace, "SELECT count(*) FROM source WHERE active = 1") == 2)
        #expect(try count(workspace, "SELECT count(*) FROM record") == 3)
        #expect(try count(workspace, "SELECT count(*) FROM rejected") == 1)
        #expect(try count(workspace, "SELECT count(*) FROM finding WHERE rule = 'ingest.item-without-record'") == 1)
        #expect(try count(workspace, "SELECT count(*) FROM finding WHERE rule = 'ingest.record-without-items'") == 1)
        #expect(try count(workspace, "SELECT sum(read) - sum(stored) - sum(rejected) - sum(set_aside) FROM ingest_count") == 0)
    }

    @Test func reIngestingUnchangedExportsChangesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", records: ["1"], items: ["10\t1"])
        try export("tibro", records: ["1"], items: ["10\t1"])
        let (stage, workspace) = try stage()
        _ = try stage.run()
        let before = try workspace.database.prepare("SELECT id, name FROM source ORDER BY id").rows { "\($0.int64(0)) \($0.text(1)!)" }
        let outcomes = try stage.run()
        #expect(outcomes.map(\.action) == [.unchanged, .unchanged])
        #expect(try workspace.database.prepare("SELECT id, name FROM source ORDER BY id").rows { "\($0.int64(0)) \($0.text(1)!)" } == before)
    }

    /// An export taken out of the batch file leaves the workspace: it must not be migrated any more.
    @Test func anExportTakenOutOfTheBatchLeavesTheWorkspace() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", records: ["1"], items: ["10\t1"])
        try export("tibro", records: ["1", "2"], items: ["10\t1"])
        _ = try stage().0.run()
        let (stage, workspace) = try stage(withoutTibro: true)
        _ = try stage.run()
        #expect(try count(workspace, "SELECT count(*) FROM source") == 1)
        #expect(try count(workspace, "SELECT count(*) FROM record") == 1 && (try count(workspace, "SELECT count(*) FROM item")) == 1)
    }

    @Test func aChangedExportReplacesExactlyThatSource() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", records: ["1", "2"], items: ["10\t1"])
        try export("tibro", records: ["7"], items: ["70\t7"])
        let (stage, workspace) = try stage()
        _ = try stage.run()
        let tibroBefore = try count(workspace, "SELECT id FROM source WHERE name = 'tibro-bookit'")
        try export("hjo", records: ["1", "2", "3"], items: ["10\t1", "11\t3"])
        let outcomes = try stage.run()
        #expect(outcomes.map(\.action) == [.ingested, .unchanged])
        #expect(try count(workspace, "SELECT count(*) FROM record r JOIN source s ON s.id = r.source_id WHERE s.name = 'hjo-libra'") == 3)
        #expect(try count(workspace, "SELECT count(*) FROM item") == 3)
        #expect(try count(workspace, "SELECT id FROM source WHERE name = 'tibro-bookit'") == tibroBefore)
        #expect(try count(workspace, "SELECT count(*) FROM source") == 2)
    }

    @Test func aFailedIngestLeavesThePreviousVersionWhole() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", records: ["1", "2"], items: ["10\t1"])
        try export("tibro", records: ["7"], items: ["70\t7"])
        let (stage, workspace) = try stage()
        _ = try stage.run()
        try export("hjo", records: ["1", "2", "3", "FAIL"], items: ["10\t1"])
        #expect(throws: MARCError.self) { try stage.run() }
        #expect(try count(workspace, "SELECT count(*) FROM source") == 2)
        #expect(try count(workspace, "SELECT count(*) FROM record r JOIN source s ON s.id = r.source_id WHERE s.name = 'hjo-libra'") == 2)
    }
}
