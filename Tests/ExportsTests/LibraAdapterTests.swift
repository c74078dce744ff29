import Foundation
import MARC
import Testing
import Workspace
@testable import Exports

@Suite struct LibraAdapterTests {
    private func ingest() throws -> (CollectingSink, IngestCounts, ExportFixture) {
        let export = try LibraFixture.build()
        let sink = CollectingSink()
        let counts = try LibraAdapter(folder: export.path).ingest(into: sink)
        return (sink, counts, export)
    }

    @Test func countsBalanceForEveryInput() throws {
        let (_, counts, _) = try ingest()
        #expect(counts.inputs.map(\.name) == ["exportCatMatch", "catalogue", "Branches", "Departments", "LocalShelfs",
                                              "StatusCodes", "LoanPeriods", "Orders", "Items", "BarCodes"])
        for input in counts.inputs { #expect(input.balances, "\(input)") }
        let catalogue = try #require(counts.input("catalogue"))
        #expect(catalogue.file == "CatalogueExport.dat" && catalogue.read == 9 && catalogue.stored == 8 && catalogue.rejected == 1)
        let items = try #require(counts.input("Items"))
        #expect(items.read == 12 && items.stored == 10 && items.rejected == 2)
        let barcodes = try #require(counts.input("BarCodes"))
        #expect(barcodes.read == 4 && barcodes.stored == 2 && barcodes.rejected == 1 && barcodes.setAside == ["patron barcode": 1])
        let links = try #require(counts.input("exportCatMatch"))
        #expect(links.read == 3 && links.rejected == 1 && links.setAside.values.reduce(0, +) == 2)
        #expect(counts.input("Orders")?.setAside.values.reduce(0, +) == 1)
    }

    @Test func recordsLinkByExportCatMatchInBothOrdersAnd035() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.records.map(\.localID) == ["501", "502", "503", "CatalogueExport.dat#4", "504", "503", "506", "505"])
        #expect(sink.record("501")?.record.firstValue("245", "a") == "Röda rummet")
        #expect(sink.record("502")?.record.firstValue("245", "a") == "Äppelträdets år")
        #expect(sink.findings("catalogue.no-local-id").map(\.location?.recordNumber) == [4])
        let duplicate = try #require(sink.findings("catalogue.duplicate-local-id").first)
        #expect(duplicate.location?.recordNumber == 6 && duplicate.message.contains("503"))
        #expect(sink.record("504")?.kind == .authority && sink.record("506")?.kind == .holdings)
        #expect(sink.records.filter { $0.kind == .bibliographic }.count == 6)
    }

    @Test func brokenRecordAndRowsAreKeptWithTheirBytes() throws {
        let (sink, _, _) = try ingest()
        let record = try #require(sink.rejected.first { $0.entity == "record" })
        #expect(record.file == "CatalogueExport.dat" && record.position == 9 && record.raw == LibraFixture.brokenRecord)
        let noID = try #require(sink.rejected.first { $0.entity == "Items" && $0.reason.contains("IdItem") })
        // Lines: two header rows, and the first copy's note spans two lines.
        #expect(noID.position == 14 && noID.file == "Items.txt")
        #expect(String(decoding: noID.raw, as: UTF8.self).hasPrefix("HJO\t\t501\t\t1\t"))
        #expect(String(decoding: noID.raw, as: UTF8.self).contains("ingen IdItem"))
        let broken = try #require(sink.rejected.first { $0.entity == "Items" && $0.position == 15 })
        #expect(String(decoding: broken.raw, as: UTF8.self) == "HJO\t2011\t501")
        #expect(sink.rejected.contains { $0.entity == "exportCatMatch" && $0.reason.contains("ThreeOne") })
        #expect(sink.rejected.contains { $0.entity == "BarCodes" && String(decoding: $0.raw, as: UTF8.self).hasPrefix("X1\t") })
    }

    @Test func itemsCarryLibraCodesAndEveryStockClass() throws {
        let (sink, _, _) = try ingest()
        let first = try #require(sink.item("2001"))
        #expect(first.recordLocalID == "501" && first.homeBranch == "HJO" && first.holdingBranch == "HJO")
        #expect(first.department == "1" && first.shelf == "10" && first.status == "0" && first.loanPeriod == "1")
        #expect(first.callNumber == "Hc" && first.price == "199.5" && first.acquired == "2017-03-01" && first.checkouts == 12)
        #expect(first.note == "Gåva från \"Vänföreningen\"\r\nsedan\t2016" && first.stock == .ordinary)
        #expect(first.file == "Items.txt" && first.line == 3)
        let floating = try #require(sink.item("2002"))
        #expect(floating.homeBranch == "HJO" && floating.holdingBranch == "SKO" && floating.callNumber == "Hc.01")
        let ordered = try #require(sink.item("2005"))
        #expect(ordered.stock == .ordered && ordered.recordLocalID == "505")
        let classes = Dictionary(uniqueKeysWithValues: sink.items.map { ($0.localID, $0.stock) })
        #expect(classes["2003"] == .hidden && classes["2004"] == .interlibraryLoan && classes["2006"] == .deleted)
        #expect(classes["2007"] == .weeded && classes["2008"] == .weeded && classes["2009"] == .ordinary)
    }

    @Test func barcodesKeepPatronsApart() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.barcodes.map(\.barcode) == ["HJO2001", "HJO2001B", "L0001"])
        #expect(sink.barcodes[0].isPrimary && !sink.barcodes[1].isPrimary && sink.barcodes[0].itemLocalID == "2001")
        #expect(sink.barcodes[2].itemLocalID == nil && sink.barcodes[2].borrowerLocalID == "77")
    }

    @Test func lookupsAndUnknownCodes() throws {
        let (sink, _, _) = try ingest()
        #expect(sink.lookup(.branch, "SKO")?.name == "Skövde stadsbibliotek")
        #expect(sink.lookup(.status, "5")?.attributes == ["code": "RA", "deleted": "1"])
        #expect(sink.lookup(.status, "7")?.attributes["weeded"] == "1")
        #expect(sink.lookup(.status, "9")?.name == "Saknat – efterforskas")
        #expect(sink.lookup(.loanPeriod, "1")?.attributes == ["oldCode": "N"])
        #expect(sink.lookup(.department, "2")?.attributes == ["code": "B"])
        let unknown = sink.findings("items.unknown-code").map(\.message)
        #expect(unknown.count == 3)
        #expect(unknown.contains { $0.hasPrefix("1 copy uses branch TIB") })
        #expect(unknown.contains { $0.hasPrefix("1 copy uses department 3") })
        #expect(unknown.contains { $0.hasPrefix("2 copies use loan-period 4") && $0.contains("LoanPeriods") })
    }

    @Test func missingOptionalTableIsAFindingAndMissingItemsAnError() throws {
        let export = try LibraFixture.build()
        try FileManager.default.removeItem(atPath: export.path + "/Orders.txt")
        let sink = CollectingSink()
        let counts = try LibraAdapter(folder: export.path).ingest(into: sink)
        #expect(counts.input("Orders") == nil && sink.findings("export.table-missing").count == 1)
        #expect(sink.item("2005")?.recordLocalID == nil && sink.item("2005")?.stock == .ordered)
        try FileManager.default.removeItem(atPath: export.path + "/Items.txt")
        #expect(throws: AdapterError.self) { try LibraAdapter(folder: export.path).ingest(into: CollectingSink()) }
    }

    @Test func olderLineCatalogueAndBothCatalogues() throws {
        let export = try LibraFixture.build()
        try export.catalogue("exportCat.txt", [makeRecord(["001 1001", "003 SE-HJO", "245 10$aRöda rummet"])], format: .line)
        let sink = CollectingSink()
        _ = try LibraAdapter(folder: export.path).ingest(into: sink)
        #expect(sink.findings("export.catalogue-choice").count == 1 && sink.records.count == 8)
        try FileManager.default.removeItem(atPath: export.path + "/CatalogueExport.dat")
        let older = CollectingSink()
        let counts = try LibraAdapter(folder: export.path).ingest(into: older)
        #expect(older.records.map(\.localID) == ["501"] && counts.input("catalogue")?.file == "exportCat.txt")
        #expect(try LibraAdapter(folder: export.path).inputFiles().first?.hasSuffix("exportCat.txt") == true)
    }

    @Test func overridesReachTheReaders() throws {
        let adapter = LibraAdapter(folder: "/x", overrides: ExportOverrides(tableEncoding: .utf8, delimiter: "!*!", headerRows: 1))
        #expect(adapter.format == DumpFormat(encoding: .utf8, delimiter: "!*!", quote: "\"", escape: nil, headerRows: 1))
    }
}
