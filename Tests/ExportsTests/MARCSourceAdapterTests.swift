import Foundation
import MARC
import Testing
import Workspace
@testable import Exports

@Suite struct MARCSourceAdapterTests {
    @Test func copiesFromEmbedded852And952() throws {
        let export = try ExportFixture()
        try export.catalogue("libris.xml", [
            makeRecord(["001 12345", "003 SE-LIBR", "245 10$aMånskensfolket", "852 ##$bHjo$cMAG$hHc$pL1", "852 ##$bSkb$hHc"]),
            makeRecord(["001 77", "245 10$aGammal Koha-post",
                        "952 ##$aHJO$bSKO$cVUX$oHc.01$p40001$yBOK$gpris 99$d2019-01-02$l7$0 1$9 555"]),
            makeRecord("00000nz  a2200000n  4500", ["001 a9", "100 1#$aLagerlöf, Selma"]),
        ], format: .marcxml)
        let sink = CollectingSink()
        let counts = try MARCSourceAdapter(folder: export.path).ingest(into: sink)
        #expect(counts.inputs.map(\.name) == ["catalogue", "holdings"] && counts.inputs.allSatisfy(\.balances))
        #expect(counts.input("holdings")?.stored == 3)
        #expect(sink.records.map(\.localID) == ["(SE-LIBR)12345", "77", "a9"] && sink.record("a9")?.kind == .authority)
        #expect(sink.items.map(\.localID) == ["(SE-LIBR)12345/852#1", "(SE-LIBR)12345/852#2", "555"])
        let libris = sink.items[0]
        #expect(libris.homeBranch == "Hjo" && libris.shelf == "MAG" && libris.callNumber == "Hc" && libris.recordLocalID == "(SE-LIBR)12345")
        let koha = sink.items[2]
        #expect(koha.homeBranch == "HJO" && koha.holdingBranch == "SKO" && koha.mediaType == "BOK" && koha.checkouts == 7)
        #expect(koha.stock == .weeded && koha.callNumber == "Hc.01")
        #expect(sink.barcodes.map(\.barcode) == ["L1", "40001"] && sink.barcodes.allSatisfy(\.isPrimary))
        #expect(try MARCSourceAdapter(folder: export.path).inputFiles().count == 1)
    }
}

/// The fixtures' spec files carry the real column lists: each parses to exactly the columns of the shared
/// spec it was copied from.
@Suite(.enabled(if: SharedExports.directory != nil, SharedExports.absent))
struct SpecColumnsTests {
    @Test func fixtureSpecsMatchTheSharedOnes() throws {
        for (system, tables, encoding) in [("libra", SpecColumns.libra, TextEncoding.utf16le), ("bookit", SpecColumns.bookit, .utf8)] {
            for (table, lines) in tables.sorted(by: { $0.key < $1.key }) {
                let fixture = try ExportFixture.spec(table, lines: lines, encoding: encoding)
                let shared = try SharedExports.spec(system, table)
                #expect(fixture.columns == shared.columns, "\(system)/\(table)")
            }
        }
    }
}
