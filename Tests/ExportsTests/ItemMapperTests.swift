import Testing
import Workspace
@testable import Exports

@Suite struct ItemMapperTests {
    static func table(_ kind: MappingKind, _ rows: [(String, [String: String])]) -> MappingTable {
        MappingTable(kind: kind, municipality: "hjo", rows: rows.map { MappingTable.Row(code: $0.0, name: $0.0, items: 1, targets: $0.1) })
    }

    static let mapper = ItemMapper(tables: [
        table(.branch, [("1", ["branchcode": "HJO", "branchname": "Hjo bibliotek"]), ("2", ["branchcode": "HJOB", "branchname": "Bokbussen"])]),
        table(.department, [("11", ["loc": "-", "ccode": "VUXEN", "itemtype": "-"]), ("13", ["loc": "REF", "ccode": "REFERENS", "itemtype": "REF"])]),
        table(.shelf, [("5", ["loc": "LJUDBOK", "ccode": "-"])]),
        table(.status, [("31", ["action": "do-not-migrate", "notforloan": "-", "lost": "-", "damaged": "-", "withdrawn": "-"]),
                        ("32", ["action": "migrate", "notforloan": "-", "lost": "4", "damaged": "-", "withdrawn": "-"]),
                        ("34", ["action": "not-for-loan", "notforloan": "-", "lost": "-", "damaged": "1", "withdrawn": "-"])]),
        table(.loanPeriod, [("32", ["itemtype": "-", "notforloan": "1"]), (MappingTable.defaultCode, ["itemtype": "-", "notforloan": "-"])]),
        table(.stock, [("ordered", ["action": "not-for-loan", "notforloan": "-1"]), ("weeded", ["action": "do-not-migrate", "notforloan": "-"])]),
    ], formatItemTypes: ["book": "BOK", "audiobook-cd": "LJUDBOKCD"])

    func map(_ codes: ItemCodes, _ format: String? = "book") -> Result<MappedItem, UnmappedCode> { ItemMapperTests.mapper.map(codes, format: format) }

    @Test func anOrdinaryCopy() throws {
        let item = try map(ItemCodes(homeBranch: "1", department: "11", shelf: "5", loanPeriod: "31"), "audiobook-cd").get()
        #expect(item == MappedItem(action: .migrate, homeBranch: "HJO", holdingBranch: "HJO", location: "LJUDBOK", collection: "VUXEN",
                                   itemType: "LJUDBOKCD", itemTypeSource: "format audiobook-cd", notForLoan: nil, lost: nil, damaged: nil, withdrawn: nil))
    }

    @Test func theDepartmentGivesLocationAndItemTypeWhenTheShelfHasNone() throws {
        let item = try map(ItemCodes(homeBranch: "1", holdingBranch: "2", department: "13")).get()
        #expect(item.holdingBranch == "HJOB" && item.location == "REF" && item.collection == "REFERENS")
        #expect(item.itemType == "REF" && item.itemTypeSource == "department 13", "the department comes before the record's format")
    }

    @Test func statusStockAndLoanPeriodDecideAvailability() throws {
        #expect(try map(ItemCodes(homeBranch: "1", status: "32")).get().lost == "4")
        let damaged = try map(ItemCodes(homeBranch: "1", status: "34")).get()
        #expect(damaged.action == .notForLoan && damaged.notForLoan == "1" && damaged.damaged == "1")
        let ordered = try map(ItemCodes(homeBranch: "1", stock: .ordered)).get()
        #expect(ordered.action == .notForLoan && ordered.notForLoan == "-1")
        #expect(try map(ItemCodes(homeBranch: "1", loanPeriod: "32")).get().notForLoan == "1")
        #expect(try map(ItemCodes(homeBranch: "1", status: "32", stock: .weeded)).get().action == .doNotMigrate, "the stricter action wins")
        #expect(try map(ItemCodes(homeBranch: "1", status: "31", stock: .ordered)).get().action == .doNotMigrate)
    }

    @Test func unmappedCodesAreNamed() throws {
        #expect(throws: UnmappedCode(kind: "branch", code: "9")) { try map(ItemCodes(homeBranch: "9")).get() }
        #expect(throws: UnmappedCode(kind: "branch", code: "(none)")) { try map(ItemCodes()).get() }
        #expect(throws: UnmappedCode(kind: "status", code: "99")) { try map(ItemCodes(homeBranch: "1", status: "99")).get() }
        #expect(throws: UnmappedCode(kind: "stock", code: "hidden")) { try map(ItemCodes(homeBranch: "1", stock: .hidden)).get() }
        #expect(throws: UnmappedCode(kind: "item type", code: "game")) { try map(ItemCodes(homeBranch: "1"), "game").get() }
        #expect(try map(ItemCodes(homeBranch: "1", loanPeriod: "77")).get().notForLoan == nil, "_DEFAULT_ covers codes without a row")
    }
}
