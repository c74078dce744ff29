import Holdings
import Testing

@Suite struct BarcodePolicyTests {
    @Test func prefixGivesEveryColliderItsMunicipalitysPrefix() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        expectInvariants(result)
        #expect(result.barcode("skovde", "7") == "SK5000", "across municipalities: both holders change")
        #expect(result.barcode("hjo", "3") == "HJ7777", "within a municipality: the first gets the prefix")
        #expect(result.barcode("hjo", "10") == "HJ8888", "a copy sharing a patron card's barcode changes; the card does not")
        #expect(result.change("skovde", "7")?.kind == .affixed)
        #expect(result.change("skovde", "7")?.old == "5000")
        #expect(result.change("skovde", "7")?.reason == "barcode 5000 is also on hjo copy 2; prefix SK added")
        #expect(result.change("hjo", "10")?.reason == "barcode 8888 is also a patron card in hjo; prefix HJ added")
        #expect(result.change("hjo", "10")?.needsRelabel == true)
    }

    /// hjo 2's `HJ5000` is already hjo 9's barcode; hjo 4's `HJ7777` is already hjo 3's new one: fallbacks, counted
    /// per prefix in item order.
    @Test func aPrefixThatCreatesACollisionFallsBack() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        #expect(result.barcode("hjo", "9") == "HJ5000", "the existing holder keeps it")
        #expect(result.barcode("hjo", "2") == "HJX000001")
        #expect(result.change("hjo", "2")?.kind == .fallback)
        #expect(result.change("hjo", "2")?.reason
            == "barcode 5000 is also on skovde copy 7; HJ5000 is already the barcode of hjo copy 9, so it gets the fallback HJX000001")
        #expect(result.barcode("hjo", "4") == "HJX000002")
        #expect(result.change("hjo", "4")?.reason.contains("HJ7777 is already the new barcode of hjo copy 3") == true)
    }

    @Test func aPrefixThatMakesABarcodeTooLongFallsBack() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        #expect(result.barcode("hjo", "11") == "HJX000003")
        #expect(result.change("hjo", "11")?.reason.contains("HJ\(Consortium.long19) would be 21 characters long, over Koha's 20") == true)
        #expect(result.barcode("skovde", "12") == "SKX000001")
        #expect(result.barcode("skovde", "13") == "SKX000002", "over 20 as exported: no prefix can help")
        #expect(result.item("skovde", "13")?.conflicts == [.tooLong])
        #expect(result.counts.fallbacks == 5)
        #expect(result.counts.newBarcode == 8)
    }

    @Test func suffixPutsTheAffixAfterTheNumber() {
        let result = Consortium.assign(.suffix(["hjo": "H", "skovde": "S"]))
        expectInvariants(result)
        #expect(result.barcode("hjo", "2") == "5000H")
        #expect(result.barcode("skovde", "7") == "5000S")
        #expect(result.barcode("hjo", "3") == "7777H")
        #expect(result.barcode("hjo", "4") == "X000001H", "7777H is hjo 3's already")
        #expect(result.barcode("hjo", "11") == Consortium.long19 + "H", "one letter still fits 20")
        #expect(result.barcode("skovde", "13") == "X000001S")
        #expect(result.change("skovde", "7")?.reason == "barcode 5000 is also on hjo copy 2; suffix S added")
    }

    @Test func keepFirstLeavesTheBarcodeWithTheFirstHolder() {
        let result = Consortium.assign(.keepFirst())
        expectInvariants(result)
        #expect(result.barcode("hjo", "2") == "5000", "hjo comes before skovde")
        #expect(result.barcode("skovde", "7") == nil)
        #expect(result.change("skovde", "7")?.reason
            == "barcode 5000 is also on hjo copy 2; hjo copy 2 keeps it (first by municipality and item id); the copy is migrated without a barcode and needs a new label")
        #expect(result.barcode("hjo", "3") == "7777")
        #expect(result.barcode("hjo", "4") == nil)
        #expect(result.barcode("hjo", "10") == nil, "the patron card comes first")
        #expect(result.barcode("hjo", "11") == Consortium.long19)
        #expect(result.barcode("skovde", "12") == nil)
        #expect(result.barcode("skovde", "13") == nil, "over 20 characters: nobody keeps it")
        #expect(result.change("hjo", "2") == nil, "the keeper is not a change")
        #expect(result.changes.filter { $0.kind == .removed }.map(\.item.description)
            == ["hjo copy 4", "hjo copy 10", "skovde copy 7", "skovde copy 12", "skovde copy 13"])
        #expect(result.changes.filter { $0.kind == .removed }.allSatisfy { $0.needsRelabel && $0.new == nil })
    }

    @Test func rejectRejectsEveryColliderWithItsReason() {
        let result = Consortium.assign(.reject())
        expectInvariants(result)
        let rejected = result.items.filter(\.isRejected).map(\.item.description)
        #expect(rejected == ["hjo copy 2", "hjo copy 3", "hjo copy 4", "hjo copy 10", "hjo copy 11",
                             "skovde copy 7", "skovde copy 12", "skovde copy 13"])
        #expect(result.item("hjo", "3")?.outcome
            == .rejected(reason: "barcode 7777 is also on hjo copy 4; the copy is rejected until its label is fixed at the source"))
        #expect(result.changes.filter { $0.kind == .rejected }.allSatisfy { !$0.needsRelabel })
        #expect(result.counts.rejected == 8)
        #expect(result.barcode("hjo", "9") == "HJ5000")
    }

    @Test func everyCollisionKindIsFound() {
        let result = Consortium.assign(.reject())
        #expect(result.item("hjo", "2")?.conflicts == [.acrossMunicipalities])
        #expect(result.item("hjo", "4")?.conflicts == [.withinMunicipality])
        #expect(result.item("hjo", "10")?.conflicts == [.patron])
        #expect(result.item("skovde", "13")?.conflicts == [.tooLong])
        #expect(result.counts.conflicts == [.acrossMunicipalities: 4, .withinMunicipality: 2, .patron: 1, .tooLong: 1])
        #expect(result.findings.filter { $0.rule == "barcode.collision" }.map(\.message) == [
            "barcode 5000 is held by hjo copy 2 and skovde copy 7",
            "barcode 7777 is held by hjo copy 3 and hjo copy 4",
            "barcode 8888 is held by hjo copy 10 and patron cards in hjo",
            "barcode \(Consortium.long19) is held by hjo copy 11 and skovde copy 12",
        ])
    }

    /// Koha's unique index ignores case, so `ab12` and `AB12` cannot both be imported.
    @Test func barcodesDifferingOnlyInCaseCollide() {
        let result = Consortium.assign(.prefix(Consortium.prefixes), candidates: [
            Consortium.copy("hjo", "1", BarcodeLabel("ab12")), Consortium.copy("skovde", "1", BarcodeLabel("AB12")),
        ])
        #expect(result.barcode("hjo", "1") == "HJab12")
        #expect(result.barcode("skovde", "1") == "SKAB12")
    }

    @Test func theDefaultPrefixIsTheCodesFirstTwoLetters() {
        #expect(BarcodePolicy.defaultAffix(for: "hjo") == "HJ")
        #expect(BarcodePolicy.defaultAffix(for: "skovde") == "SK")
        #expect(BarcodePolicy.defaultAffix(for: "örebro") == "OR")
        #expect(BarcodePolicy.defaultAffix(for: "1-tibro") == "TI")
        let result = Consortium.assign(.prefix(["skovde": "S"]))
        #expect(result.barcode("hjo", "3") == "HJ7777")
        #expect(result.barcode("skovde", "7") == "S5000")
    }

    @Test func sharedAffixesAreReported() {
        let result = Consortium.assign(.prefix(["hjo": "X", "skovde": "X"]))
        expectInvariants(result)
        #expect(result.findings.contains { $0.rule == "barcode.shared-affix" && $0.message.hasPrefix("hjo and skovde share the affix 'X'") })
    }

    /// An affix so long that not even a fallback fits: the copy goes without a barcode, never over 20.
    @Test func anAffixTooLongForAFallbackLeavesNoBarcode() {
        let result = Consortium.assign(.prefix(["hjo": "HJOKOMMUNBIBLIOTEK", "skovde": "SK"]))
        expectInvariants(result)
        #expect(result.barcode("hjo", "3") == nil)
        #expect(result.change("hjo", "3")?.kind == .removed)
        #expect(result.change("hjo", "3")?.needsRelabel == true)
    }
}
