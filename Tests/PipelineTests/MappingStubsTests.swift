import Exports
import Foundation
import MARC
import Testing
@testable import Pipeline
@testable import Workspace

@Suite struct MappingStubsTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-maps-\(UUID().uuidString)").path

    /// A workspace with one Hjo source: statuses 7 (Gallrat, 2 items) and 3 (1 item), status 9 used by an item
    /// but missing from the lookup table, and status 5 in the table but unused.
    func workspace() throws -> Workspace {
        let workspace = try Workspace(directory: root + "/work", create: true)
        try workspace.database.execute("INSERT INTO municipality (code, name) VALUES ('hjo', 'Hjo')")
        let loader = try SourceLoader(workspace: workspace, source: .init(name: "hjo-libra", municipality: "hjo", system: "libra", folder: "x", fingerprint: "f"))
        for (code, name) in [("7", "Gallrat"), ("3", "Saknat – efterforskas"), ("5", "Oanvänd")] {
            try loader.add(LookupEntry(kind: .status, code: code, name: name))
        }
        for (id, status) in [("1", "7"), ("2", "7"), ("3", "3"), ("4", "9")] {
            var item = StoredItem(localID: id, file: "Items.txt", line: Int(id)!)
            item.status = status
            item.homeBranch = "HJO"
            if id == "2" { item.stock = .interlibraryLoan }
            try loader.add(item)
        }
        try loader.activate()
        return workspace
    }

    @Test func stubsListEveryCodeMostUsedFirstAndKeepWhatWasFilled() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let stubs = MappingStubs(workspace: try workspace(), folder: root + "/mappings")
        let written = try stubs.write()
        #expect(written.count == MappingKind.allCases.count)
        let path = root + "/mappings/hjo/status.tsv"
        var table = try MappingTable.parse(String(contentsOfFile: path, encoding: .utf8), kind: .status, municipality: "hjo", file: path)
        #expect(table.rows.map(\.code) == ["7", "3", "9", "5", "_DEFAULT_"])
        #expect(table.rows.map(\.items) == [2, 1, 1, 0, 0])
        #expect(table.rows[2].name == "(not in the export's status table)")
        #expect(Set(try stubs.missing().flatMap { $0.rows.map(\.code) }) == ["7", "3", "9", "HJO", "interlibrary-loan"])
        let stock = try MappingTable.parse(String(contentsOfFile: root + "/mappings/hjo/stock.tsv", encoding: .utf8), kind: .stock, municipality: "hjo", file: "stock.tsv")
        #expect(stock.rows.map(\.code) == ["interlibrary-loan", "_DEFAULT_"], "ordinary stock needs no row")
        #expect(stock.rows[0].name == "Interlibrary loan (another library's copy)")

        table.rows[0].targets["action"] = "do-not-migrate"
        table.rows[0].comments = ["# weeded stock stays behind"]
        table.rows[1].targets["action"] = "migrate"
        table.rows[1].targets["lost"] = "1"
        table.rows[4].targets["action"] = "not-for-loan"
        try table.render().write(toFile: path, atomically: true, encoding: .utf8)
        try stubs.write()
        let again = try MappingTable.parse(String(contentsOfFile: path, encoding: .utf8), kind: .status, municipality: "hjo", file: path)
        #expect(again.rows[0].targets["action"] == "do-not-migrate")
        #expect(again.rows[0].comments == ["# weeded stock stays behind"])
        #expect(again.rows[1].targets["lost"] == "1")
        #expect(try stubs.missing().map(\.file) == [root + "/mappings/hjo/branch.tsv", root + "/mappings/hjo/stock.tsv"],
                "status 9 falls to the filled _DEFAULT_")
    }
}
