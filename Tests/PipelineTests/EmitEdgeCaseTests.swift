import Exports
import Foundation
import MARC
import Reports
import Testing
@testable import Pipeline
@testable import Workspace

/// Exports that trip the emit unless it accounts for them: a record id given twice, a record that is not
/// bibliographic, copies of both; the ledger balances, every copy and record is named in a finding or the crosswalk.
@Suite struct EmitEdgeCaseTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-emit-edge-\(UUID().uuidString)").path

    @Test func aRecordIdGivenTwiceAndAnAuthorityRecordAreAccountedFor() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        typealias G = GoldenCatalogueTests
        let book = G.record("1", [G.field("245", "10", [("a", "Häxan")]), G.field("952", [("a", "1"), ("8", "11"), ("p", "1001")])])
        var authority = G.record("5", [G.field("100", "1 ", [("a", "Sjöberg, Åsa")]), G.field("952", [("a", "1"), ("8", "11"), ("p", "5001")])])
        authority.leader[6] = 0x7A  // z: an authority record
        try MARCExportFolder.write([book, book, authority], municipality: "hjo", root: root)
        try MARCExportFolder.write([G.record("7", [G.field("245", "10", [("a", "Ormen")])])], municipality: "tibro", root: root)
        for (path, text) in G.mappings {
            let full = root + "/mappings/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        let batch = BatchFile(consortium: .init(name: "Test", municipalities: [.init(code: "hjo", name: "Hjo"), .init(code: "tibro", name: "Tibro")]),
                              exports: [.init(municipality: "hjo", system: .marc, folder: "exports/hjo"),
                                        .init(municipality: "tibro", system: .marc, folder: "exports/tibro")],
                              baseDirectory: root)
        let workspace = try Workspace(directory: root + "/work", create: true)
        _ = try IngestStage(batch: batch, workspace: workspace).run()
        _ = try DedupeStage(batch: batch, workspace: workspace).run()
        let summary = try EmitStage(batch: batch, workspace: workspace).run()
        #expect(summary.ledger.unbalanced.isEmpty)
        let rules = try workspace.database.prepare("SELECT rule FROM finding WHERE stage = 'emit' ORDER BY id").rows { $0.text(0) ?? "" }
        #expect(rules.contains("emit.not-bibliographic"))
        let barcodes = try String(contentsOfFile: root + "/out/crosswalk-items.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false)[4] }.filter { !$0.isEmpty }
        #expect(Set(barcodes).count == barcodes.count, "no barcode given to two copies")
        let crosswalk = try String(contentsOfFile: root + "/out/crosswalk-records.csv", encoding: .utf8)
        #expect(crosswalk.contains("hjo,marc,(SE-Test)5,not-migrated"))
    }
}
