import Foundation
import MARC
import Testing
@testable import Exports

/// Small dumps laid out exactly as the real ones, column for column from the shared specs.
@Suite(.enabled(if: SharedExports.directory != nil, SharedExports.absent))
struct RealisticDumpTests {
    /// One dump line: the given values in spec order, every other column empty.
    private func line(_ spec: TableSpec, _ values: [String: String], delimiter: String) -> String {
        #expect(values.keys.allSatisfy { spec.index(of: $0) != nil }, "\(values.keys)")
        return spec.columns.map { values[$0.name] ?? "" }.joined(separator: delimiter)
    }

    @Test func libraItems() throws {
        let spec = try SharedExports.spec("libra", "Items")
        try spec.require("IdItem", "IdCat", "IdBranchCode", "Price", "IdStatusCode", "RegDate", "IsFloating", "Info")
        let header = spec.columns.map(\.name).joined(separator: "\t") + "\r\n"
            + spec.columns.map { String(repeating: "-", count: $0.name.count) }.joined(separator: "\t") + "\r\n"
        let rows = [
            line(spec, ["IdBranchCode": "HJO", "IdItem": "1001", "IdCat": "52001", "Price": "199,50", "IdStatusCode": "0",
                        "RegDate": "2017-03-01", "RegTime": "10:12:00", "IsFloating": "False", "ExtraShelf": "Västerås",
                        "NoveltyDate": "2017-03-01 00:00:00", "IdReception": "6F9619FF-8B86-D011-B42D-00C04FC964FF"],
                 delimiter: "\t"),
            line(spec, ["IdBranchCode": "HJO", "IdItem": "1002", "IdCat": "52002", "Price": "249:-", "IdStatusCode": "7",
                        "Info": "\"Saknat – efterforskas\r\nsedan\t2016\"", "IsFloating": "1"], delimiter: "\t"),
            "HJO\t1003\t52003",
            line(spec, ["IdBranchCode": "SKÖ", "IdItem": "1004", "IdCat": "52004", "Price": "ca 100", "RegDate": "20170301"],
                 delimiter: "\t"),
        ]
        let bytes = encoded(header + rows.joined(separator: "\r\n") + "\r\n", .utf16le, bom: true)
        let (results, summary) = try readDump(bytes, spec, .libra, file: "Items.txt")

        #expect(summary.encoding == .utf16le && summary.headerLinesSkipped == 2)
        #expect(summary.rowsRead == 4 && summary.rowsStored == 3 && summary.rowsRejected == 1 && summary.balances)
        let first = try #require(results[0].row)
        #expect(first.line == 3 && first.findings.isEmpty)
        #expect(first.int("IdItem") == 1001 && first.int("IdCat") == 52001)
        #expect(first.decimal("Price") == Decimal(string: "199.5"))
        #expect(first.date("RegDate")?.description == "2017-03-01" && first.bool("IsFloating") == false)
        #expect(first.string("ExtraShelf") == "Västerås")
        let second = try #require(results[1].row)
        #expect(second.string("Info") == "Saknat – efterforskas\r\nsedan\t2016" && second.bool("IsFloating") == true)
        #expect(second.decimal("Price") == 249)
        let broken = try #require(results[2].rejected)
        #expect(broken.line == 6 && broken.rawText == "HJO\t1003\t52003")
        #expect(broken.findings[0].description.hasPrefix("Items.txt: record 3 at byte"))
        #expect(broken.findings[0].message.contains("3 values but Items has 50 columns"))
        let fourth = try #require(results[3].row)
        #expect(fourth.line == 7 && fourth.date("RegDate")?.description == "2017-03-01" && fourth.decimal("Price") == nil)
        #expect(fourth.findings.map(\.message) == [
            "column Price (decimal): \"ca 100\" is not a number such as 199,50; the row is kept and the value is read as empty",
        ])
    }

    @Test func bookitCopies() throws {
        let spec = try SharedExports.spec("bookit", "CA_COPY")
        try spec.require("CA_COPY_ID", "CA_CATALOG_ID", "NOTE", "CLAIMED_RETURNED", "CREATE_DATETIME")
        let header = spec.columns.map(\.name).joined(separator: "|") + "\n"
        let rows = [
            line(spec, ["CA_COPY_ID": "1", "CA_CATALOG_ID": "9001", "CA_LOC_ID": "3", "CREATE_DATETIME": "2018-05-02 13:45:00",
                        "NOTE": "Gåva från Åsa \\| Västerås", "CLAIMED_RETURNED": "0", "PURCHASE_PRICE": "129,00"],
                 delimiter: "|"),
            line(spec, ["CA_COPY_ID": "2", "CA_CATALOG_ID": "9002", "NOTE": "\"Gallrat\\\n2018 \\\"trasig\\\"\"",
                        "CLAIMED_RETURNED": "1", "LATEST_LOCATION_DATE": "2018-13-01"], delimiter: "|"),
            line(spec, ["CA_COPY_ID": "3", "CA_CATALOG_ID": "9003"], delimiter: "|") + "|extra",
        ]
        let bytes = encoded(header + rows.joined(separator: "\n") + "\n", .latin1)
        let (results, summary) = try readDump(bytes, spec, .bookit, file: "CA_COPY.txt")

        #expect(summary.encoding == .latin1 && summary.headerLinesSkipped == 1)
        #expect(summary.rowsRead == 3 && summary.rowsStored == 2 && summary.rowsRejected == 1 && summary.balances)
        let first = try #require(results[0].row)
        #expect(first.line == 2 && first.findings.isEmpty)
        #expect(first.int("CA_CATALOG_ID") == 9001 && first.string("NOTE") == "Gåva från Åsa | Västerås")
        #expect(first.date("CREATE_DATETIME")?.description == "2018-05-02" && first.bool("CLAIMED_RETURNED") == false)
        let second = try #require(results[1].row)
        #expect(second.string("NOTE") == "Gallrat\n2018 \"trasig\"" && second.bool("CLAIMED_RETURNED") == true)
        #expect(second.findings.map(\.rule) == ["table.value-type"] && second.date("LATEST_LOCATION_DATE") == nil)
        #expect(results[2].rejected?.line == 5 && results[2].rejected?.values.count == 45)
    }
}
