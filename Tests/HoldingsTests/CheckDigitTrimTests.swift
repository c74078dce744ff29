import Holdings
import Testing

@Suite struct CheckDigitTrimTests {
    let candidates = [
        Consortium.copy("tibro", "1", BarcodeLabel("123456785")),
        Consortium.copy("tibro", "2", BarcodeLabel(" 50007 ")),
        Consortium.copy("tibro", "3", BarcodeLabel("7")),
        Consortium.copy("hjo", "1", BarcodeLabel("123456785")),
        Consortium.copy("hjo", "2", BarcodeLabel("5000")),
    ]

    @Test func theConfiguredCheckCharacterIsTrimmedInThatMunicipalityOnly() {
        let policy = BarcodePolicy.prefix(["tibro": "TI", "hjo": "HJ"], trimPlesseyCheckDigit: ["tibro": CheckDigitTrim(characters: 1)])
        let result = BarcodeAssignment.assign(candidates: candidates, patrons: [], policy: policy)
        expectInvariants(result, patrons: [])
        #expect(result.barcode("tibro", "1") == "12345678")
        #expect(result.change("tibro", "1")?.kind == .checkDigitTrimmed)
        #expect(result.change("tibro", "1")?.reason == "check character(s) '5' trimmed; the label still scans")
        #expect(result.change("tibro", "1")?.needsRelabel == false)
        #expect(result.barcode("hjo", "1") == "123456785", "hjo trims nothing")
        #expect(result.barcode("tibro", "3") == "7", "too short to carry a check character")
        #expect(result.findings.contains { $0.rule == "barcode.check-digit-short" })
    }

    /// Trimmed, tibro's `50007` is `5000`, which hjo 2 has: a collision found after trimming.
    @Test func trimmingCanRevealACollision() {
        let policy = BarcodePolicy.prefix(["tibro": "TI", "hjo": "HJ"], trimPlesseyCheckDigit: ["tibro": CheckDigitTrim(characters: 1)])
        let result = BarcodeAssignment.assign(candidates: candidates, patrons: [], policy: policy)
        #expect(result.barcode("hjo", "2") == "HJ5000")
        #expect(result.barcode("tibro", "2") == "TI5000")
        #expect(result.change("tibro", "2")?.old == " 50007 ")
        #expect(result.change("tibro", "2")?.reason
            == "surrounding spaces removed; check character(s) '7' trimmed; barcode 5000 is also on hjo copy 2; prefix TI added")
        #expect(result.change("tibro", "2")?.needsRelabel == true)
    }

    @Test func onlyBarcodesOfTheGivenLengthAreTrimmed() {
        let policy = BarcodePolicy.keepFirst(trimPlesseyCheckDigit: ["tibro": CheckDigitTrim(characters: 2, onlyLength: 9)])
        let result = BarcodeAssignment.assign(candidates: candidates, patrons: [], policy: policy)
        #expect(result.barcode("tibro", "1") == "1234567")
        #expect(result.barcode("tibro", "2") == "50007")
        #expect(result.barcode("tibro", "3") == "7")
        #expect(!result.findings.contains { $0.rule == "barcode.check-digit-short" })
    }
}
