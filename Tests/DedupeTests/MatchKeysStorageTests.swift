import Testing
@testable import Dedupe

@Suite struct MatchKeysStorageTests {
    /// Every field set to something other than its default.
    static var everyFieldSet: MatchKeys {
        var keys = MatchKeys()
        keys.isbns = ["9789100141707", "9789113000000"]
        keys.weakISBNs = ["9789100000002"]
        keys.isbnQualifiers = [QualifiedISBN(isbn: "9789100141707", qualifier: "inbunden")]
        keys.issns = ["03176172"]
        keys.standardNumbers = ["ean:7391234567890"]
        keys.librisIds = ["12345678"]
        keys.librisIIIIds = ["9876"]
        keys.systemNumbers = ["ocolc:42"]
        keys.title = "häxan en roman"
        keys.shortTitle = "häxan"
        keys.author = "sjöberg åsa"
        keys.names = ["lind per", "sjöberg åsa"]
        keys.authorIsPerson = false
        keys.date1 = 2015
        keys.dateRangeEnd = 2016
        keys.years = [2015, 2016]
        keys.publishers = ["bonnier"]
        keys.extent = [412, -1, 1_000_000_000_000]
        keys.pages = 412
        keys.volumes = 2
        keys.edition = Edition(number: 2, printing: 3, flags: ["revised"], text: "2 rev uppl")
        keys.languages = ["swe"]
        keys.originalLanguages = ["eng"]
        keys.parts = ["2"]
        keys.seriesNumbers = ["14"]
        keys.problems = [KeyProblem(field: "020$a", value: "91-0-000000-1", kind: .invalidCheckDigit)]
        keys.digest = "0123456789abcdef"
        return keys
    }

    @Test func storedKeysReadBackEqual() {
        let keys = MatchKeysStorageTests.everyFieldSet
        #expect(MatchKeys(stored: keys.stored()) == keys)
        #expect(MatchKeys(stored: MatchKeys().stored()) == MatchKeys())
    }

    /// A field added to `MatchKeys` must be added to the stored form (and `storageVersion` bumped).
    @Test func theStoredFormCoversEveryField() {
        let keys = MatchKeysStorageTests.everyFieldSet
        let unset = Mirror(reflecting: MatchKeys()).children.map { "\($0.value)" }
        for (index, child) in Mirror(reflecting: keys).children.enumerated() {
            #expect("\(child.value)" != unset[index], "everyFieldSet leaves \(child.label ?? "?") unset: add it here and to MatchKeys+Storage")
        }
    }

    @Test func damagedOrOtherLayoutsAreNotRead() {
        let bytes = MatchKeysStorageTests.everyFieldSet.stored()
        #expect(MatchKeys(stored: Array(bytes.dropLast())) == nil)
        #expect(MatchKeys(stored: bytes + [0]) == nil)
        #expect(MatchKeys(stored: [MatchKeys.storageVersion &+ 1] + bytes.dropFirst()) == nil)
        #expect(MatchKeys(stored: [MatchKeys.storageVersion, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) == nil)
        #expect(MatchKeys(stored: []) == nil)
    }
}
