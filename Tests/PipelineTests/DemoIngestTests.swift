import Exports
import Foundation
import Testing
@testable import Pipeline
@testable import Workspace

/// The committed demo consortium, ingested, checked against the ground truth the generator wrote beside it.
@Suite struct DemoIngestTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/demo").path

    /// Rows of a truth file as dictionaries by header name.
    static func truth(_ file: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: demo + "/truth/" + file, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: "\t").map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// The demo is ingested once; each test opens its own connection to the workspace (a connection is not
    /// shared across threads).
    static let ingested: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-demo-\(UUID().uuidString)").path
        let workspace = try Workspace(directory: directory, create: true)
        _ = try IngestStage(batch: BatchFile.load(path: demo + "/batch.yml"), workspace: workspace).run()
        return directory
    }

    func query(_ sql: String) throws -> [[String]] {
        let workspace = try Workspace(directory: try Self.ingested.get())
        let statement = try workspace.database.prepare(sql)
        let columns = statement.columnCount
        return try statement.rows { row in (0..<columns).map { row.text(Int32($0)) ?? "" } }
    }

    @Test func everyRecordIsStoredOrRejectedAsTheTruthSays() throws {
        let editions = try Self.truth("editions.tsv")
        for municipality in Set(editions.map { $0["municipality"]! }) {
            let rows = editions.filter { $0["municipality"] == municipality }
            let truncated = rows.filter { $0["record_state"] == "truncated" }.count
            let stored = try query("SELECT count(*) FROM record JOIN source ON source.id = record.source_id WHERE source.municipality = '\(municipality)'")
            let rejected = try query("SELECT count(*) FROM rejected JOIN source ON source.id = rejected.source_id WHERE source.municipality = '\(municipality)' AND rejected.entity = 'record'")
            #expect(Int(stored[0][0]) == rows.count - truncated, "\(municipality) records")
            #expect(Int(rejected[0][0]) == truncated, "\(municipality) unreadable records")
        }
    }

    @Test func everyItemIsStoredAtItsHomeBranchWithItsBarcode() throws {
        let items = try Self.truth("items.tsv")
        let stored = try query("""
            SELECT source.municipality, item.local_id, coalesce(item.home_branch, ''),
                   coalesce((SELECT barcode FROM barcode b WHERE b.source_id = item.source_id AND b.item_local_id = item.local_id AND b.is_primary = 1), '')
            FROM item JOIN source ON source.id = item.source_id
            """)
        let byKey = Dictionary(uniqueKeysWithValues: stored.map { ("\($0[0])/\($0[1])", $0) })
        // Branch codes are stored as the ids items use; the truth gives the branch's code, kept as an attribute.
        let branchCode = Dictionary(uniqueKeysWithValues: try query("""
            SELECT source.municipality || '/' || lookup.code,
                   coalesce((SELECT substr(value, 6) FROM (SELECT lookup.attributes AS value) WHERE value LIKE 'code=%'), lookup.code)
            FROM lookup JOIN source ON source.id = lookup.source_id WHERE lookup.lookup = 'branch'
            """).map { ($0[0], $0[1]) })
        var checked = 0
        for item in items where item["note"] != "wrong-column-count" {
            let key = "\(item["municipality"]!)/\(item["item_id"]!)"
            guard let row = byKey[key] else { Issue.record("item \(key) was not stored"); continue }
            let home = branchCode["\(item["municipality"]!)/\(row[2])"] ?? row[2]
            #expect(home == item["home_branch"], "\(key) home branch")
            #expect(row[3] == item["barcode"], "\(key) barcode")
            checked += 1
        }
        let rejectedRows = items.filter { $0["note"] == "wrong-column-count" }.count
        #expect(try Int(query("SELECT count(*) FROM rejected WHERE entity != 'record'")[0][0]) == rejectedRows)
        #expect(checked == stored.count)
    }

    @Test func brokenLinksAreFindingsAndEveryInputBalances() throws {
        let broken = try Self.truth("broken.tsv")
        let missingRecord = broken.filter { $0["kind"] == "missing-record" }.count
        // Barcodes with no item: the deliberate ones, and those of item rows rejected for their column count.
        let rejectedItemBarcodes = try Self.truth("items.tsv").filter { $0["note"] == "wrong-column-count" && $0["barcode"] != "-" }.count
        let strayBarcodes = broken.filter { $0["kind"] == "barcode-without-item" }.count + rejectedItemBarcodes
        #expect(try Int(query("SELECT count(*) FROM finding WHERE rule = 'ingest.item-without-record'")[0][0]) == missingRecord)
        #expect(try Int(query("SELECT count(*) FROM finding WHERE rule = 'ingest.barcode-without-item'")[0][0]) == strayBarcodes)
        #expect(try query("SELECT count(*) FROM ingest_count WHERE read != stored + rejected + set_aside")[0][0] == "0")
        #expect(try query("SELECT count(*) FROM source WHERE active = 1")[0][0] == "8")
    }
}
