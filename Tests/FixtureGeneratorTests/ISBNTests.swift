import Testing
@testable import FixtureGenerator

@Suite struct ISBNTests {
    @Test func checkDigitsFollowTheStandard() {
        #expect(ISBN.check13("978910014170") == 7)
        #expect(ISBN.check10("910014170") == "4")
        #expect(ISBN.check10("080442957") == "X")
        #expect(ISBN.to10("9789100141707") == "9100141704")
        #expect(ISBN.hyphenated13("9789100141707") == "978-91-0014-170-7")
    }

    @Test func editionsGetDistinctISBNs() {
        let isbns = (0..<20_000).map { ISBN.swedish13(edition: $0) }
        #expect(Set(isbns).count == isbns.count)
    }

    @Test func marc8PutsTheMarkBeforeTheLetter() {
        #expect(MARC8Encoder.bytes("Åsa") == [0xEA, 0x41, 0x73, 0x61])
        #expect(MARC8Encoder.bytes("ö é") == [0xE8, 0x6F, 0x20, 0xE2, 0x65])
    }
}
