import MARC
import Testing
@testable import Exports

/// Rows made up as they are read, so the input never exists in memory as a whole.
private final class GeneratedDump: ByteSource {
    let name = "Big.txt"
    private let rows: Int
    private var next = 0
    private var pending: [UInt8] = [0xFF, 0xFE]

    init(rows: Int) { self.rows = rows }

    func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int {
        while pending.count < count && next < rows {
            next += 1
            pending += encoded("\(next)\t\"Titel \(next)\tmed tab\"\t\(next % 100),50\r\n", .utf16le)
        }
        let take = min(count, pending.count)
        buffer += pending[0..<take]
        pending.removeFirst(take)
        return take
    }
}

@Suite struct TableDumpStreamingTests {
    @Test func readsALargeDumpRowByRow() throws {
        let rows = 20_000
        var reader = TableDumpReader(source: GeneratedDump(rows: rows), spec: makeSpec("Big", "Id:int", "Title:nvarchar:50",
                                                                                          "Price:decimal"),
                                     format: .libra(headerRows: 0))
        var last: TableRow?
        while let result = try reader.next() { last = try #require(result.row) }
        #expect(last?.int("Id") == rows && last?.line == rows && last?.string("Title") == "Titel \(rows)\tmed tab")
        #expect(reader.summary.rowsRead == rows && reader.summary.rowsStored == rows && reader.summary.balances)
    }
}
