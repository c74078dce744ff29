import Testing
@testable import Reports

@Suite struct LedgerTests {
    @Test func aLineBalancesOnlyWhenEverythingReadIsAccountedFor() {
        var ledger = Ledger()
        ledger.add(.read, .items, municipality: "hjo", branch: "1", count: 5)
        ledger.add(.emitted, .items, municipality: "hjo", branch: "1", count: 3)
        ledger.add(.notMigrated, .items, municipality: "hjo", branch: "1")
        #expect(ledger.unbalanced.map(\.0.branch) == ["1"], "one copy is missing")
        ledger.add(.rejected, .items, municipality: "hjo", branch: "1")
        ledger.add(.read, .records, municipality: "hjo", count: 2)
        ledger.add(.emitted, .records, municipality: "hjo")
        ledger.add(.merged, .records, municipality: "hjo")
        #expect(ledger.unbalanced.isEmpty)
        #expect(ledger.total(.items) == Ledger.Counts(read: 5, emitted: 3, merged: 0, notMigrated: 1, rejected: 1))
        #expect(ledger.csv() == """
            entity,municipality,branch,read,emitted,merged,not_migrated,rejected,balances
            items,hjo,1,5,3,0,1,1,yes
            records,hjo,,2,1,1,0,0,yes

            """)
    }
}
