import Foundation
import MARC
import Testing
@testable import Exports

@Suite struct TableDumpFramingTests {
    let spec = makeSpec("T", "Id:int", "Title:varchar:200", "Note:varchar:200")

    private func values(_ text: String, _ format: DumpFormat, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [[String]] {
        let (results, _) = try readDump(Array(text.utf8), spec, format, sourceLocation: sourceLocation)
        #expect(results.allSatisfy { $0.findings.isEmpty }, "\(results.flatMap(\.findings))",
                sourceLocation: sourceLocation)
        return results.map { $0.row?.values ?? $0.rejected!.values }
    }

    @Test(arguments: ["\t", "|", "!*!", ";;"])
    func everyDelimiter(_ delimiter: String) throws {
        let format = DumpFormat(encoding: .utf8, delimiter: delimiter, quote: "\"")
        let text = ["1", "Röda rummet", "a!b*c"].joined(separator: delimiter) + "\r\n"
            + ["2", "", "!"].joined(separator: delimiter) + "\n"
        #expect(try values(text, format) == [["1", "Röda rummet", "a!b*c"], ["2", "", "!"]])
    }

    @Test func crlfAndLFAndNoFinalLineEnd() throws {
        let format = DumpFormat(encoding: .utf8)
        #expect(try values("1\ta\tb\r\n2\tc\td\n3\te\tf", format) == [["1", "a", "b"], ["2", "c", "d"], ["3", "e", "f"]])
        #expect(try values("1\ta\tb\r\n", format) == [["1", "a", "b"]])
    }

    @Test func quotedValuesHoldDelimitersLineBreaksAndDoubledQuotes() throws {
        let text = "1\t\"Hej\tdå\"\t\"rad ett\r\nrad två\"\r\n2\t\"Han sa \"\"hej\"\"\"\t\"\"\r\n3\tx\ty\r\n"
        let (results, _) = try readDump(Array(text.utf8), spec, DumpFormat(encoding: .utf8))
        #expect(results.map { $0.row!.values } == [["1", "Hej\tdå", "rad ett\r\nrad två"],
                                                   ["2", "Han sa \"hej\"", ""], ["3", "x", "y"]])
        #expect(results.map(\.line) == [1, 3, 4])
        #expect(results[0].row?.string("Note") == "rad ett\r\nrad två")
        // A quote inside an unquoted value is just a character.
        #expect(try values("4\t12\" skiva\tx\n", DumpFormat(encoding: .utf8)) == [["4", "12\" skiva", "x"]])
    }

    @Test func escapesMakeTheNextCharacterLiteral() throws {
        let text = "1|a\\|b|c\\\\d\n2|\"sa \\\"hej\\\"\"|rad\\\nny\n3|rad\\\r\nny|x\r\n"
        #expect(try values(text, .bookit.with(encoding: .utf8, headerRows: 0)) == [
            ["1", "a|b", "c\\d"], ["2", "sa \"hej\"", "rad\nny"], ["3", "rad\r\nny", "x"],
        ])
    }

    @Test func headerRowsAreSkipped() throws {
        let body = "1\ta\tb\r\n2\tc\td\r\n"
        let header = ["Id\tTitle\tNote\r\n", "--\t-----\t----\r\n"]
        for rows in 0...2 {
            let text = header.prefix(rows).joined() + body
            let (results, summary) = try readDump(Array(text.utf8), spec, .libra(headerRows: rows).with(encoding: .utf8))
            #expect(results.map { $0.row!.values } == [["1", "a", "b"], ["2", "c", "d"]])
            #expect(results.map(\.line) == [rows + 1, rows + 2])
            #expect(summary.headerLinesSkipped == rows)
        }
        #expect(DumpFormat.libra.headerRows == 2 && DumpFormat.bookit.headerRows == 1)
    }

    @Test func blankLinesAreNotRows() throws {
        let (results, summary) = try readDump(Array("1\ta\tb\r\n\r\n\n2\tc\td\r\n\r\n".utf8), spec, .init(encoding: .utf8))
        #expect(results.map(\.line) == [1, 4])
        #expect(summary.blankLines == 3 && summary.rowsRead == 2)
    }
}

extension DumpFormat {
    func with(encoding: Encoding, headerRows: Int? = nil) -> DumpFormat {
        var format = self
        format.encoding = encoding
        if let headerRows { format.headerRows = headerRows }
        return format
    }
}
