import Testing
import Workspace
@testable import Exports

@Suite struct MappingTableTests {
    let filledByALibrarian = """
        #| hjo: status codes … (the preamble is rewritten)
        code\tname\titems\taction\tnotforloan\tlost\tdamaged\twithdrawn\tnote
        # Gallrat: asked Anna 2026-11-02
        7\tGallrat\t120\tdo-not-migrate\t\t\t\t\tweeded in 2019
        3\tSaknat – efterforskas\t4\tmigrate\t\t1\t\t\t
        2\tHos bokbindning\t9\t\t\t\t\t\t
        _DEFAULT_\t(any code without a row)\t0\t\t\t\t\t\t
        # end of file note
        """

    @Test func parsesAndRendersKeepingCommentsAndValues() throws {
        let table = try MappingTable.parse(filledByALibrarian, kind: .status, municipality: "hjo", file: "status.tsv")
        #expect(table.rows.map(\.code) == ["7", "3", "2", "_DEFAULT_"])
        #expect(table.rows[0].comments == ["# Gallrat: asked Anna 2026-11-02"])
        #expect(table.rows[0].targets["action"] == "do-not-migrate")
        #expect(table.trailingComments == ["# end of file note"])
        let again = try MappingTable.parse(table.render(), kind: .status, municipality: "hjo", file: "status.tsv")
        #expect(again == table)
    }

    @Test func unfilledCodesWithItemsAreListedUnlessADefaultIsFilled() throws {
        var table = try MappingTable.parse(filledByALibrarian, kind: .status, municipality: "hjo", file: "status.tsv")
        #expect(table.unfilled.map(\.code) == ["2"])
        #expect(table.mapping(for: "99") == nil)
        table.rows[3].targets["action"] = "not-for-loan"
        #expect(table.unfilled.isEmpty)
        #expect(table.mapping(for: "99")?.code == "_DEFAULT_")
    }

    @Test func refreshingKeepsWhatWasFilledAndAddsNewCodesMostUsedFirst() throws {
        let table = try MappingTable.parse(filledByALibrarian, kind: .status, municipality: "hjo", file: "status.tsv")
        let refreshed = table.refreshed(with: [("7", "Gallrat", 130), ("10", "Försvunnen", 40), ("9", "Ny status", 40), ("2", "Hos bokbindning", 9)])
        #expect(refreshed.rows.map(\.code) == ["7", "9", "10", "2", "3", "_DEFAULT_"])
        #expect(refreshed.rows[0].items == 130 && refreshed.rows[0].targets["action"] == "do-not-migrate")
        #expect(refreshed.rows[0].comments == ["# Gallrat: asked Anna 2026-11-02"])
        #expect(refreshed.rows[4].items == 0 && refreshed.rows[4].targets["lost"] == "1", "a code no longer used keeps its row")
        #expect(refreshed.trailingComments == ["# end of file note"])
    }

    @Test func mistakesAreNamedWithFileAndLine() {
        #expect(throws: MappingTable.ParseError.invalidAction(file: "s.tsv", line: 2, value: "keep")) {
            try MappingTable.parse("code\tname\titems\taction\tnotforloan\tlost\tdamaged\twithdrawn\tnote\n1\tx\t1\tkeep\t\t\t\t\t",
                                   kind: .status, municipality: "hjo", file: "s.tsv")
        }
        #expect(throws: MappingTable.ParseError.missingColumn(file: "b.tsv", column: "branchcode")) {
            try MappingTable.parse("code\tname\titems\tnote\n", kind: .branch, municipality: "hjo", file: "b.tsv")
        }
        #expect(throws: MappingTable.ParseError.duplicateCode(file: "b.tsv", line: 3, code: "HJO")) {
            try MappingTable.parse("code\tname\titems\tbranchcode\tbranchname\tnote\nHJO\tHjo\t1\tHJO\tHjo\t\nHJO\tHjo\t1\t\t\t",
                                   kind: .branch, municipality: "hjo", file: "b.tsv")
        }
    }
}
