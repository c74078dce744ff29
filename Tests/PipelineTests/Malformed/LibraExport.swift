import MARC

/// A small good Libra export: two catalogue records linked by `035 (LibraSE)`, and `Items` with a copy of
/// each. The optional tables are absent (each a finding), so every case changes one thing.
enum LibraExport {
    static let items = TableLayout("IdItem:int IdCat:int IdBranchCode:varchar:10 IdLastBranchCode:varchar:10 IdDepartment:int "
        + "IdLocalShelf:int IdStatusCode:int IdLoanInfo:int IdOrder:int IdIssue:int Location_Marc:nvarchar:50 Price:decimal "
        + "NoOfLoansTot:int RegDate:date LatestLoanDate:date LatestReturnDate:date Info:nvarchar:255 Hidden:smallint ILL:smallint")

    static func spec(_ layout: TableLayout) -> [UInt8] { utf16le(layout.specLines.map { $0 + "\r\n" }.joined()) }

    /// The dump's text: the two header rows sqlcmd writes, then `rows` (line 3 on), each ended by CRLF.
    static func dumpText(_ layout: TableLayout, _ rows: [String]) -> String {
        layout.names.joined(separator: "\t") + "\r\n" + layout.names.map { String(repeating: "-", count: $0.count) }.joined(separator: "\t")
            + "\r\n" + rows.map { $0 + "\r\n" }.joined()
    }

    static func item(_ id: String, _ idCat: String, _ extra: [String: String] = [:]) -> String {
        items.row(["IdItem": id, "IdCat": idCat, "IdBranchCode": "HJO", "NoOfLoansTot": "3"].merging(extra) { $1 }, delimiter: "\t")
    }

    static func itemsDump(_ rows: [String]) -> [UInt8] { utf16le(dumpText(items, rows)) }

    static let catalogue = RawRecord.make([("001", Array("1001".utf8)), ("035", RawRecord.field("  ", [("a", Array("(LibraSE)501".utf8))])),
                                           ("245", RawRecord.field("10", [("a", Array("Röda rummet".utf8))]))])
        + RawRecord.make([("001", Array("1002".utf8)), ("035", RawRecord.field("  ", [("a", Array("(LibraSE)502".utf8))])),
                          ("245", RawRecord.field("10", [("a", Array("Hemsöborna".utf8))]))])

    static let base: [String: [UInt8]?] = [
        "CatalogueExport.dat": catalogue,
        "Itemsspec.txt": spec(items),
        "Items.txt": itemsDump([item("2001", "501"), item("2002", "502")]),
    ]
}

/// Libra table dumps broken the ways real ones are.
enum MalformedLibra {
    static func libra(_ name: String, _ files: [String: [UInt8]?], _ expected: [Expectation], items: Int?,
                      knownIssue: String? = nil) -> TableCase {
        TableCase(name: name, system: .libra, files: files, expected: expected, items: items, knownIssue: knownIssue)
    }

    static let good = [LibraExport.item("2001", "501"), LibraExport.item("2002", "502")]

    static let cases: [TableCase] = {
        let goodText = LibraExport.dumpText(LibraExport.items, good)
        var surrogate = utf16le(LibraExport.dumpText(LibraExport.items, good + [LibraExport.item("2003", "501", ["Info": "trasig X"])]))
        surrogate.replaceSubrange(surrogate.count - 8..<surrogate.count - 6, with: [0x00, 0xD8])  // the X: a lone high surrogate
        return [
            libra("wrong column count", ["Items.txt": LibraExport.itemsDump(good + ["2003\t501\tHJO"])],
                  [.finding("table.column-count", at: 5)], items: 2),
            libra("odd byte count (UTF-16 cut in half)", ["Items.txt": utf16le(goodText) + utf16le(LibraExport.item("2003", "501")).dropFirst(2).dropLast(1)],
                  [.finding("table.undecodable", at: 5)], items: 2),
            libra("unpaired surrogate", ["Items.txt": surrogate], [.finding("table.undecodable", at: 5)], items: 2),
            libra("unterminated quote", ["Items.txt": LibraExport.itemsDump(good + [LibraExport.item("2003", "501", ["Info": "\"Gåva från"])])],
                  [.finding("table.unterminated-quote", at: 5)], items: 2),
            libra("duplicate item ids", ["Items.txt": LibraExport.itemsDump(good + [LibraExport.item("2001", "502")])],
                  [.finding("ingest.duplicate-item-id", at: 5)], items: 3),
            libra("value too long for its spec length", ["Items.txt": LibraExport.itemsDump(good + [LibraExport.item("2003", "501", ["IdBranchCode": "HJOBIBLIOTEKET"])])],
                  [.finding("table.value-length", at: 5)], items: 3),
            libra("a non-number in a number column", ["Items.txt": LibraExport.itemsDump(good + [LibraExport.item("2003", "501", ["NoOfLoansTot": "tolv"])])],
                  [.finding("table.value-type", at: 5)], items: 3),
            libra("header-only table", ["Items.txt": LibraExport.itemsDump([])], [.fileFinding("table.empty", file: "Items.txt")], items: 0),
            libra("missing Items.txt", ["Items.txt": nil], [.error("Items.txt")], items: nil),
            libra("missing optional table", [:], [.fileFinding("export.table-missing", file: "Orders.txt")], items: 2),
            libra("spec naming a column the dump lacks",
                  ["Itemsspec.txt": LibraExport.spec(TableLayout(LibraExport.items.specLines.map { $0.replacingOccurrences(of: "\t", with: ":") }
                      .joined(separator: " ") + " Extra:int"))],
                  [.finding("table.column-count", at: 3)], items: 0),
            libra("spec lacking a column the adapter reads",
                  ["Itemsspec.txt": LibraExport.spec(TableLayout("IdItem:int IdCat:int IdBranchCode:varchar:10"))],
                  [.error("IdLastBranchCode")], items: nil),
            libra("items pointing at missing records", ["Items.txt": LibraExport.itemsDump(good + [LibraExport.item("2003", "999")])],
                  [.finding("ingest.item-without-record", at: 5)], items: 3),
            libra("duplicate record local ids", ["CatalogueExport.dat": LibraExport.catalogue + RawRecord.make([("001", Array("1003".utf8)),
                      ("035", RawRecord.field("  ", [("a", Array("(LibraSE)501".utf8))]))])],
                  [.finding("catalogue.duplicate-local-id", at: 3)], items: 2),
        ]
    }()
}

import Testing

@Suite struct MalformedLibraTests {
    @Test(.timeLimit(.minutes(1)), arguments: MalformedLibra.cases)
    func ingests(_ test: TableCase) throws {
        if let reason = test.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try test.run() }
        } else {
            try test.run()
        }
    }
}
