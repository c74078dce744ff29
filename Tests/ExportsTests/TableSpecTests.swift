import Foundation
import MARC
import Testing
@testable import Exports

@Suite struct TableSpecTests {
    private func spec(_ text: String, _ encoding: TextEncoding = .utf8, bom: Bool = false) throws -> TableSpec {
        try TableSpec.parse(encoded(text, encoding, bom: bom), file: "Testspec.txt")
    }

    @Test func readsNameTypeAndLength() throws {
        let spec = try spec("IdItem\tint\t\r\nBarCode\tvarchar\t50\r\nRegDate\tdate\r\n")
        #expect(spec.table == "Test")
        #expect(spec.columns.map(\.name) == ["IdItem", "BarCode", "RegDate"])
        #expect(spec.columns.map(\.type) == [.int, .string, .date])
        #expect(spec.columns.map(\.length) == [nil, 50, nil])
    }

    @Test func hashMarkedNamesLoseTheMarkAndKeepTheRawName() throws {
        let column = try spec("#OldCode\tvarchar\t10\r\n").columns[0]
        #expect(column.name == "OldCode")
        #expect(column.rawName == "#OldCode")
        #expect(column.isMarked)
    }

    @Test func qualifiedNamesAreUnqualified() throws {
        let column = try spec("ca_catalog.title_no\tvarchar\t128\n").columns[0]
        #expect(column.name == "title_no")
        #expect(column.rawName == "ca_catalog.title_no")
    }

    @Test func keyUniqueAndIndexStandInsteadOfALength() throws {
        let spec = try spec("CA_LOC_ID\tint\tkey unique\nNAME\tvarchar\t128 index\nCODE\tvarchar\tindex\n")
        #expect(spec.columns[0].isUniqueKey && spec.columns[0].length == nil)
        #expect(spec.columns[1].isIndexed && spec.columns[1].length == 128)
        #expect(spec.columns[2].isIndexed && spec.columns[2].length == nil)
    }

    @Test func everyTypeFolds() throws {
        let words = ["int", "smallint", "bigint", "bit", "bool", "boolean", "decimal", "numeric", "money", "real",
                     "double", "date", "datetime", "time", "char", "nchar", "varchar", "nvarchar", "text",
                     "uniqueidentifier", "image"]
        let text = words.enumerated().map { "C\($0.offset)\t\($0.element)\n" }.joined()
        let types = try spec(text).columns.map(\.type)
        #expect(types == [.int, .smallint, .bigint, .bit, .bit, .bit, .decimal, .decimal, .decimal, .decimal,
                          .decimal, .date, .datetime, .time, .string, .string, .string, .string, .string,
                          .uniqueidentifier, .other("image")])
        #expect(try spec("Name\tvarchar(40)\n").columns[0].length == 40)
    }

    @Test(arguments: [TextEncoding.utf16le, .utf16be, .utf8, .latin1])
    func readsEveryEncodingWithAndWithoutBOM(_ encoding: TextEncoding) throws {
        for bom in encoding == .latin1 ? [false] : [false, true] {
            let spec = try spec("Name\tnvarchar\t50\r\nÅr\tint\t\r\n", encoding, bom: bom)
            #expect(spec.columns.map(\.name) == ["Name", "År"], "\(encoding) bom: \(bom)")
        }
    }

    @Test func emptyLinesAreIgnored() throws {
        #expect(try spec("\r\nA\tint\r\n\r\n  \r\nB\tdate\r\n\r\n").columns.count == 2)
    }

    @Test func aLineItCannotReadIsAnErrorNamingFileAndLine() throws {
        #expect(throws: ExportsError.unreadableSpecLine(file: "Testspec.txt", line: 2, text: "IdCat int",
                                                         reason: "no tab between name and type")) {
            try spec("IdItem\tint\nIdCat int\n")
        }
        #expect(throws: ExportsError.self) { try spec("A\tint\tlots\n") }
        #expect(throws: ExportsError.self) { try spec("A\tint\t5\tx\n") }
        #expect(throws: ExportsError.self) { try spec("\tint\n") }
        #expect(throws: ExportsError.self) { try spec("A B\tint\n") }
        #expect(throws: ExportsError.emptySpec(file: "Testspec.txt")) { try spec("\r\n") }
        let error = ExportsError.unreadableSpecLine(file: "Testspec.txt", line: 2, text: "x", reason: "why")
        #expect(error.description.hasPrefix("Testspec.txt: line 2: "))
    }

    @Test func looksColumnsUpExactlyThenIgnoringCase() throws {
        let spec = try spec("IdItem\tint\nidItem\tint\nTITLE_NO\tvarchar\t32\n")
        #expect(spec.index(of: "idItem") == 1)
        #expect(spec.index(of: "IDITEM") == 0)
        #expect(spec.index(of: "title_no") == 2)
        #expect(spec.index(of: "Nope") == nil)
        #expect(throws: ExportsError.missingColumns(file: "Testspec.txt", columns: ["Nope"])) {
            try spec.require("IdItem", "Nope")
        }
    }

    @Test(.enabled(if: SharedExports.directory != nil, SharedExports.absent))
    func everySharedSpecFileParses() throws {
        let files = try SharedExports.specFiles()
        #expect(files.count == 150)
        for file in files {
            let spec = try TableSpec(contentsOf: file.path)
            #expect(!spec.columns.isEmpty, "\(file.lastPathComponent)")
        }
        let items = try SharedExports.spec("libra", "Items")
        #expect(items.columns.count == 50)
        #expect(items["Price"]?.type == .decimal)
        #expect(try SharedExports.spec("libra", "ItemsInTransfer").columns.first?.name == "IdItem")  // UTF-16BE
        #expect(try SharedExports.spec("libra", "LoanPeriods")["OldCode"]?.isMarked == true)
        #expect(try SharedExports.spec("bookit", "CA_CATALOG")["title_no"]?.rawName == "ca_catalog.title_no")
        #expect(try SharedExports.spec("bookit", "CA_LOC")["CA_LOC_ID"]?.isUniqueKey == true)
        #expect(try SharedExports.spec("bookit", "CA_COPY").columns.count == 44)
    }
}
