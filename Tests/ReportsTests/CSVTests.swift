import Testing
@testable import Reports

@Suite struct CSVTests {
    @Test func csvReadsWhatSpreadsheetsWrite() {
        let rows = CSV.rows("a;b\r\n\"x;1\";\"say \"\"hi\"\"\r\nthere\"\r\n\r\n;\n")
        #expect(rows.map(\.cells) == [["a", "b"], ["x;1", "say \"hi\"\r\nthere"], ["", ""]])
        #expect(rows.map(\.line) == [1, 2, 5])
        #expect(CSV.line(["a,b", "c\"d", "e"]) == "\"a,b\",\"c\"\"d\",e\n")
    }
}
