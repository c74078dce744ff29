import Holdings
import Testing

@Suite struct BarcodeLabelTests {
    @Test func thePrimaryLabelIsChosenAndTheOthersKeptAsAlternatives() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        let copy = result.item("hjo", "7")
        #expect(copy?.barcode == "6006")
        #expect(copy?.alternatives == [BarcodeLabel("E2000001", labelType: "2")])
        #expect(result.change("hjo", "7") == nil)
    }

    /// Without a primary, the lowest label type wins, then the lowest value (numbers by value), whatever the row order.
    @Test func withoutAPrimaryTheFirstLabelInStableOrderIsChosen() {
        let labels = [BarcodeLabel("900", labelType: "2"), BarcodeLabel("10", labelType: "1"), BarcodeLabel("9", labelType: "1"),
                      BarcodeLabel("5")]
        for order in [labels, labels.reversed()] {
            let result = Consortium.assign(.keepFirst(), candidates: [Consortium.copy("hjo", "1", order[0], order[1], order[2], order[3])])
            #expect(result.barcode("hjo", "1") == "9")
            #expect(result.item("hjo", "1")?.alternatives.map(\.value) == ["10", "900", "5"])
        }
    }

    @Test func severalPrimaryLabelsAreReported() {
        let result = Consortium.assign(.keepFirst(), candidates: [
            Consortium.copy("hjo", "1", BarcodeLabel("22", isPrimary: true), BarcodeLabel("11", isPrimary: true)),
        ])
        #expect(result.barcode("hjo", "1") == "11")
        #expect(result.findings.map(\.rule) == ["barcode.several-primary"])
    }

    @Test func aMissingBarcodeIsAFindingAndOnTheRelabelList() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        #expect(result.item("hjo", "6")?.outcome == .none(reason: "the export has no barcode for the copy"))
        let change = result.change("hjo", "6")
        #expect(change?.kind == .missing && change?.old == nil && change?.new == nil && change?.needsRelabel == true)
        #expect(result.relabelByBranch[BranchReference(municipality: "hjo", branch: "2")]?.contains { $0.itemID == "6" } == true)
        #expect(result.findings.contains { $0.rule == "barcode.missing" && $0.message.hasPrefix("hjo copy 6 (branch 2)") })
    }

    @Test func blankLabelsAreIgnored() {
        let result = Consortium.assign(.keepFirst(), candidates: [
            Consortium.copy("hjo", "1", BarcodeLabel("   ", isPrimary: true), BarcodeLabel("42", labelType: "1")),
            Consortium.copy("hjo", "2", BarcodeLabel("", isPrimary: true)),
        ])
        #expect(result.barcode("hjo", "1") == "42")
        #expect(result.barcode("hjo", "2") == nil)
        #expect(result.change("hjo", "2")?.kind == .missing)
        #expect(result.findings.filter { $0.rule == "barcode.blank-label" }.count == 2)
    }

    @Test func surroundingSpacesAreTrimmedWithoutARelabel() {
        let result = Consortium.assign(.prefix(Consortium.prefixes))
        #expect(result.barcode("hjo", "5") == "3003")
        let change = result.change("hjo", "5")
        #expect(change?.old == "  3003 " && change?.new == "3003" && change?.kind == .spacesTrimmed && change?.needsRelabel == false)
        #expect(change?.reason == "surrounding spaces removed; the label still scans")
        #expect(result.counts.normalised == 1)
    }

    /// `1001` in hjo and ` 1001 ` in skovde are the same barcode once the spaces are gone.
    @Test func spacesDoNotHideACollision() {
        let result = Consortium.assign(.prefix(Consortium.prefixes), candidates: [
            Consortium.copy("hjo", "1", BarcodeLabel("1001")), Consortium.copy("skovde", "1", BarcodeLabel(" 1001 ")),
        ])
        #expect(result.barcode("skovde", "1") == "SK1001")
        #expect(result.change("skovde", "1")?.reason == "surrounding spaces removed; barcode 1001 is also on hjo copy 1; prefix SK added")
    }
}
