import Foundation
import MARC
import Testing
import Workspace
@testable import Exports

@Suite struct BookItAdapterTests {
    private func ingest() throws -> (CollectingSink, IngestCounts, ExportFixture) {
        let export = try BookItFixture.build()
        let sink = CollectingSink()
        let counts = try BookItAdapter(folder: export.path).ingest(into: sink)
        return (sink, counts, export)
    }

    @Test func countsBalanceForEveryInput() throws {
        let (_, counts, _) = try ingest()
        #expect(counts.inputs.map(\.name) == ["CA_MEDIA_TYPE", "GE_ORG", "CA_LOC", "GE_PREMISES", "CA_NOT_AVAILABLE_CAUSE",
                                              "CI_CAT", "catalogue", "IL_LOAN", "CA_COPY", "CA_COPY_LABEL"])
        for input in counts.inputs { #expect(input.balances, "\(input)") }
        let catalogue = try #require(counts.input("catalogue"))
        #expect(catalogue.file == "tibro_iso2709.mrc" && catalogue.read == 6 && catalogue.stored == 5 && catalogue.rejected == 1)
        let copies = try #require(counts.input("CA_COPY"))
        #expect(copies.read == 11 && copies.stored == 9 && copies.rejected == 2)
        #expect(counts.input("CA_COPY_LABEL").map { [$0.read, $0.stored, $0.rejected] } == [5, 4, 1])
        #expect(counts.input("IL_LOAN")?.setAside == ["interlibrary loan (marks its copy)": 1,
                                                     "interlibrary loan request without a copy": 1])
    }

    @Test func recordsByCatalogIDWithKindsAndRejects() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.records.map(\.localID) == ["9001", "9002", "9003", "tibro_iso2709.mrc#4", "h1"])
        #expect(sink.record("9001")?.record.firstValue("245", "a") == "Kärlek på vägen")
        #expect(sink.record("h1")?.kind == .holdings)
        #expect(sink.findings("catalogue.no-local-id").count == 1)
        let record = try #require(sink.rejected.first { $0.entity == "record" })
        #expect(record.raw == BookItFixture.brokenRecord && record.position == 6 && record.byteOffset != nil)
    }

    @Test func rejectedRowsKeepTheirText() throws {
        let (sink, _, _) = try ingest()
        let noID = try #require(sink.rejected.first { $0.entity == "CA_COPY" && $0.reason.contains("CA_COPY_ID") })
        #expect(String(decoding: noID.raw, as: UTF8.self).hasPrefix("|9001||4||1|||5|"))
        #expect(String(decoding: noID.raw, as: UTF8.self).contains("utan id"))
        let extra = try #require(sink.rejected.first { $0.entity == "CA_COPY" && $0.reason.contains("columns") })
        #expect(String(decoding: extra.raw, as: UTF8.self).hasSuffix("|extra") && extra.file == "CA_COPY.txt")
        #expect(sink.rejected.contains { $0.entity == "CA_COPY_LABEL" && $0.reason.contains("LABEL") })
    }

    @Test func copiesWithTemporaryLocationsMediaTypesAndStockClasses() throws {
        let (sink, _, _) = try ingest()
        let first = try #require(sink.item("101"))
        #expect(first.recordLocalID == "9001" && first.homeBranch == "1" && first.holdingBranch == "1" && first.shelf == "4")
        #expect(first.department == "5" && first.loanPeriod == "1" && first.callNumber == "Hc" && first.mediaType == "Ab")
        #expect(first.note == "Gåva | från \"Åsa\"\nVästerås" && first.price == "129" && first.acquired == "2018-05-02")
        #expect(first.checkouts == 5 && first.stock == .ordinary && first.file == "CA_COPY.txt" && first.line == 2)
        let moved = try #require(sink.item("102"))
        #expect(moved.homeBranch == "1" && moved.holdingBranch == "2" && moved.shelf == "4" && moved.callNumber == "Hcf.01")
        #expect(moved.mediaType == "Abc")
        let classes = Dictionary(uniqueKeysWithValues: sink.items.map { ($0.localID, $0.stock) })
        #expect(classes["103"] == .weeded && classes["104"] == .deleted && classes["105"] == .interlibraryLoan)
        #expect(classes["106"] == .deleted && classes["107"] == .weeded && classes["108"] == .ordinary && classes["109"] == .ordinary)
        #expect(sink.item("108")?.mediaType == "Q1" && sink.item("108")?.loanPeriod == "2")
    }

    @Test func mediaTypeHierarchyWithACycle() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.lookup(.mediaType, "Abc")?.parent == "Ab" && sink.lookup(.mediaType, "Ab")?.parent == "A")
        #expect(sink.lookup(.mediaType, "A")?.parent == nil && sink.lookup(.mediaType, "A")?.name == "Bok")
        let cycles = sink.findings("bookit.media-type-cycle")
        #expect(cycles.count == 1 && cycles[0].message.contains("X → Xy → X"))
        #expect(sink.lookup(.mediaType, "Xy")?.attributes["cycle"] == "1")
        var hierarchy = MediaTypeHierarchy()
        for (id, code) in [("1", "A"), ("2", "Ab"), ("3", "Abc")] {
            hierarchy.add(.init(id: id, code: code, parentID: nil, location: RecordLocation(file: "t", recordNumber: 1, byteOffset: 0)))
        }
        hierarchy.prepare()
        #expect(hierarchy.match(["Abd"]) == "Ab" && hierarchy.match(["Zz", "Abcd"]) == "Abc" && hierarchy.match(["B"]) == nil)
    }

    @Test func labelsAllKeptWithTheLowestTypePrimary() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.barcodes.map(\.barcode) == ["T101-RFID", "T101", "T102a", "T102b"])
        #expect(sink.barcodes.filter(\.isPrimary).map(\.barcode) == ["T101", "T102b"])
        #expect(sink.barcodes[0].labelType == "2" && sink.barcodes.allSatisfy { $0.borrowerLocalID == nil })
    }

    @Test func lookupsAndUnknownCodes() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.lookup(.branch, "2")?.name == "Tibro filial, Bruksgården" && sink.lookup(.branch, "2")?.attributes == ["code": "TIBF"])
        #expect(sink.lookup(.loanPeriod, "2")?.attributes == ["loanAllowed": "0"])
        #expect(sink.lookup(.status, "2")?.attributes == ["deleted": "1"] && sink.lookup(.status, "4")?.attributes == ["weeded": "1"])
        let unknown = sink.findings("items.unknown-code").map(\.message)
        #expect(unknown.count == 2)
        #expect(unknown.contains { $0.hasPrefix("1 copy uses shelf 99") && $0.contains("CA_LOC") })
        #expect(unknown.contains { $0.hasPrefix("2 copies use media-type Q1") })
    }

    @Test func catalogueMustBeThereAndOnlyOnce() throws {
        let export = try BookItFixture.build()
        try export.write("old_iso2709.mrc", [])
        #expect(throws: AdapterError.self) { try BookItAdapter(folder: export.path).ingest(into: CollectingSink()) }
        try FileManager.default.removeItem(atPath: export.path + "/old_iso2709.mrc")
        try FileManager.default.removeItem(atPath: export.path + "/tibro_iso2709.mrc")
        #expect(throws: AdapterError.self) { try BookItAdapter(folder: export.path).inputFiles() }
    }
}
