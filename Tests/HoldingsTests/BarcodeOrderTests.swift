import Holdings
import Testing

@Suite struct BarcodeOrderTests {
    static let policies: [BarcodePolicy] = [
        .prefix(Consortium.prefixes), .suffix(), .keepFirst(), .reject(),
        .prefix(trimPlesseyCheckDigit: ["hjo": CheckDigitTrim(characters: 1, onlyLength: 19)]),
    ]

    /// The candidates, each copy's labels and the patron cards shuffled twenty times give the same result.
    @Test(arguments: policies)
    func theResultDoesNotDependOnInputOrder(policy: BarcodePolicy) {
        let expected = Consortium.assign(policy)
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<20 {
            let candidates = Consortium.candidates.shuffled(using: &generator).map { candidate in
                var candidate = candidate
                candidate.labels.shuffle(using: &generator)
                return candidate
            }
            let patrons = Consortium.patrons.shuffled(using: &generator)
            #expect(Consortium.assign(policy, candidates: candidates, patrons: patrons) == expected)
        }
    }

    @Test func itemsAreInMunicipalityThenNumericItemOrder() {
        let candidates = ["10004", "9999", "a10", "a9", "007"].map { Consortium.copy("hjo", $0, BarcodeLabel("b" + $0)) }
            + [Consortium.copy("alingsas", "5", BarcodeLabel("x"))]
        let result = BarcodeAssignment.assign(candidates: candidates, patrons: [], policy: .keepFirst())
        #expect(result.items.map(\.item.description)
            == ["alingsas copy 5", "hjo copy 007", "hjo copy 9999", "hjo copy 10004", "hjo copy a9", "hjo copy a10"])
    }

    @Test func relabelListsAreSortedByBranchAndItem() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        #expect(result.relabel.map(\.branch.description) == ["hjo branch 1", "hjo branch 2", "skovde branch 10", "skovde branch 11"])
        #expect(result.relabel.map { $0.changes.map(\.itemID) } == [["2", "10", "11"], ["3", "4", "6"], ["7"], ["12", "13"]])
        #expect(result.counts.relabel == 9)
    }

    /// Copies that collide with nothing keep their barcode exactly, under every policy.
    @Test(arguments: policies)
    func unaffectedBarcodesAreUntouched(policy: BarcodePolicy) {
        let result = Consortium.assign(policy)
        expectInvariants(result)
        #expect(result.barcode("hjo", "1") == "1001")
        #expect(result.barcode("hjo", "7") == "6006")
        #expect(result.barcode("hjo", "9") == "HJ5000")
        #expect(result.barcode("skovde", "9") == "2002")
        for id in ["1", "7", "9"] { #expect(result.change("hjo", id) == nil) }
    }

    @Test func aConsortiumWithoutCollisionsChangesNothing() {
        let candidates = (1...50).map { Consortium.copy($0 % 2 == 0 ? "hjo" : "skovde", String($0), BarcodeLabel(String(1000 + $0))) }
        let result = BarcodeAssignment.assign(candidates: candidates, patrons: [PatronBarcode(municipality: "hjo", barcode: "1")],
                                              policy: .prefix())
        #expect(result.changes.isEmpty && result.relabel.isEmpty && result.findings.isEmpty)
        #expect(result.counts.keptAsExported == 50)
    }
}
