import Foundation
import MARC
import Testing
@testable import Exports

@Suite struct TableDumpProblemTests {
    let spec = makeSpec("Items", "IdItem:int", "Price:decimal", "RegDate:date", "Title:varchar:10")

    private func read(_ text: String) throws -> ([TableDumpResult], TableDumpSummary) {
        try readDump(Array(text.utf8), spec, DumpFormat(encoding: .utf8), file: "Items.txt")
    }

    @Test func tooFewAndTooManyColumnsRejectTheRowAndKeepItsText() throws {
        let (results, summary) = try read("1\t10\t2017-03-01\tA\r\n2\t10\r\n3\t1\t2017-03-01\tB\textra\r\n4\t5\t\tC\r\n")
        let few = try #require(results[1].rejected)
        #expect(few.rawText == "2\t10" && few.values == ["2", "10"] && few.line == 2)
        #expect(few.findings.map(\.rule) == ["table.column-count"])
        #expect(few.findings[0].location == RecordLocation(file: "Items.txt", recordNumber: 2, byteOffset: 19, line: 2))
        #expect(few.findings[0].message.contains("2 values but Items has 4 columns (too few)"))
        let many = try #require(results[2].rejected)
        #expect(many.rawText == "3\t1\t2017-03-01\tB\textra")
        #expect(many.findings[0].message.contains("too many"))
        #expect(results[3].row?.int("IdItem") == 4)
        #expect(summary.rowsRead == 4 && summary.rowsStored == 2 && summary.rowsRejected == 2 && summary.balances)
        #expect(summary.findings == ["table.column-count": 2])
    }

    @Test func unparsableValuesKeepTheRowAndReadAsNil() throws {
        let (results, summary) = try read("x1\t12,3,4\t2017-02-30\tA\r\n2\tgratis\t01/03/2017\tB\r\n")
        #expect(summary.rowsStored == 2 && summary.rowsRejected == 0 && summary.rowsWithFindings == 2)
        let row = try #require(results[0].row)
        #expect(row.int("IdItem") == nil && row.decimal("Price") == nil && row.date("RegDate") == nil)
        #expect(row.string("IdItem") == "x1" && row.string("Price") == "12,3,4" && row.string("RegDate") == "2017-02-30")
        #expect(row.findings.map(\.rule) == ["table.value-type", "table.value-type", "table.value-type"])
        #expect(row.findings.allSatisfy { $0.location?.line == 1 && $0.location?.file == "Items.txt" })
        #expect(row.findings[0].message.contains("column IdItem (int): \"x1\" is not a whole number"))
        #expect(row.findings[1].message.contains("column Price"))
        #expect(row.findings[2].message.contains("column RegDate"))
        #expect(results[1].findings.map(\.location?.line) == [2, 2])
    }

    @Test func overlongStringsAreReportedAndKeptWhole() throws {
        let (results, _) = try read("1\t1\t2017-03-01\tAlldeles för lång\r\n")
        #expect(results[0].row?.string("Title") == "Alldeles för lång")
        #expect(results[0].findings.map(\.rule) == ["table.value-length"])
    }

    @Test func anUnterminatedQuoteAtTheEndRejectsTheRestWithItsText() throws {
        let (results, summary) = try read("1\t1\t2017-03-01\tA\r\n2\t1\t2017-03-01\t\"Utan slut\r\n3\t1\t\t\r\n")
        #expect(results.count == 2 && results[0].row != nil)
        let rejected = try #require(results[1].rejected)
        #expect(rejected.rawText == "2\t1\t2017-03-01\t\"Utan slut\r\n3\t1\t\t\r\n")
        #expect(rejected.findings.map(\.rule) == ["table.unterminated-quote"])
        #expect(rejected.findings[0].location?.line == 2)
        #expect(rejected.findings[0].message.contains("lines 2–3"))
        #expect(summary.rowsRejected == 1 && summary.balances)
    }
}

@Suite struct TableRowValueTests {
    let spec = makeSpec("V", "N:int", "D:decimal", "Day:date", "At:datetime", "B:bit", "S:varchar:5", "G:uniqueidentifier",
                        "Tm:time")

    private func row(_ values: String...) throws -> TableRow {
        let (results, _) = try readDump(Array((values.joined(separator: "\t") + "\r\n").utf8), spec, .init(encoding: .utf8))
        return try #require(results.first?.row)
    }

    @Test func typedAccess() throws {
        let row = try row("-12", "199,50", "2017-03-01", "2017-03-01 00:00:00", "1", "Hjo", "{6F9619FF-8B86-D011-B42D-00C04FC964FF}",
                          "14:05:00")
        #expect(row.findings.isEmpty)
        #expect(row.int("N") == -12)
        #expect(row.decimal("D") == Decimal(string: "199.50"))
        #expect(row.date("Day") == CalendarDate(year: 2017, month: 3, day: 1))
        #expect(row.date("At")?.description == "2017-03-01")
        #expect(row.bool("B") == true)
        #expect(row.string("S") == "Hjo" && row["S"] == "Hjo")
        #expect(row.int("Nope") == nil && row.string("nope") == nil)
    }

    @Test func valueForms() throws {
        for (text, value) in [("199.50", "199.5"), ("199:-", "199"), ("199,-", "199"), ("1 299,00", "1299"), ("-5", "-5"),
                              (",5", "0.5")] {
            #expect(ValueParsing.decimal(Substring(text)) == Decimal(string: value), "\(text)")
        }
        for text in ["1.299,50", "12,", "abc", "", "1,2,3", "12kr"] { #expect(ValueParsing.decimal(Substring(text)) == nil, "\(text)") }
        for text in ["2017-03-01", "2017-03-01 00:00:00", "20170301", "2017-03-01 14:05:09.123", "2017-3-1"] {
            #expect(ValueParsing.date(Substring(text)) == CalendarDate(year: 2017, month: 3, day: 1), "\(text)")
        }
        for text in ["2017-02-29", "2017-13-01", "01/03/2017", "2017-03-01 25:00", "2017"] {
            #expect(ValueParsing.date(Substring(text)) == nil, "\(text)")
        }
        #expect(ValueParsing.date("2016-02-29") != nil)
        for (text, value) in [("0", false), ("1", true), ("True", true), ("False", false), ("false", false)] {
            #expect(ValueParsing.bool(Substring(text)) == value)
        }
        #expect(ValueParsing.bool("2") == nil)
        #expect(ValueParsing.timeOrDateTime("1900-01-01 14:05:00") == 50700)
    }

    @Test func emptyIsNil() throws {
        let row = try row("", "", "", "", "", "", "", "")
        #expect(row.findings.isEmpty)
        #expect(row.int("N") == nil && row.decimal("D") == nil && row.date("Day") == nil && row.bool("B") == nil
            && row.string("S") == nil)
    }
}
