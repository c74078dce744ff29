import MARC
import Testing
@testable import Koha

@Suite struct KohaItemTests {
    /// Every property filled, each with its own subfield code as value, so the order reads off the field.
    static let everything = KohaItem(
        homeBranch: "a", holdingBranch: "b", location: "c", dateAccessioned: "d", sourceOfAcquisition: "e",
        price: "g", enumeration: "h", inventoryNumber: "i", totalCheckouts: "l", renewals: "m", callNumber: "o",
        classificationSource: "2", barcode: "p", dateLastSeen: "r", dateLastBorrowed: "s", copyNumber: "t",
        replacementPrice: "v", nonPublicNote: "x", itemType: "y", publicNote: "z", withdrawn: "0", lost: "1",
        damaged: "4", notForLoan: "7", collection: "8")

    @Test func subfieldsComeInTheDocumentedOrder() {
        let field = Self.everything.field()
        #expect(field.tag == "952")
        #expect(field.indicatorText == "  ")
        let codes = field.subfields.map(\.codeText).joined()
        #expect(codes == "abcdeghilmo2prstvxyz01478")
        #expect(field.subfields.allSatisfy { $0.codeText == $0.value }, "each property lands in its own subfield")
    }

    @Test func neverWritesADueDate() {
        #expect(!KohaItem.subfieldOrder.contains("q"))
        #expect(Self.everything.field().first("q") == nil)
    }

    @Test func emptyValuesAreLeftOut() {
        let item = KohaItem(homeBranch: "HJO", holdingBranch: "HJO", callNumber: "Hc", classificationSource: "SAB",
                            barcode: "1001234", itemType: "BOK", notForLoan: "0")
        let field = item.field()
        #expect(field.subfields == [
            Subfield("a", "HJO"), Subfield("b", "HJO"), Subfield("o", "Hc"), Subfield("2", "SAB"),
            Subfield("p", "1001234"), Subfield("y", "BOK"), Subfield("7", "0"),
        ])
        #expect(KohaItem().field().subfields.isEmpty)
    }
}
