import Foundation
import MARC
import Testing
@testable import Dedupe

@Suite struct MatchKeysTests {
    static func sample() -> Record {
        Record(fields: [
            Field(tag: "001", value: "12345678"),
            Field(tag: "003", value: "SE-LIBR"),
            Field(tag: "005", value: "20240101120000.0"),
            Field(tag: "008", value: "150302s2015    sw |||||||||||000 0|swe d"),
            Field(tag: "020", indicators: "  ", subfields: [.init("a", "91-0-012345-5 (inb.)")]),
            Field(tag: "020", indicators: "  ", subfields: [.init("a", "9789144001234"), .init("q", "häft.")]),
            Field(tag: "020", indicators: "  ", subfields: [.init("z", "9789129657425")]),
            Field(tag: "020", indicators: "  ", subfields: [.init("a", "9789100123452")]),
            Field(tag: "022", indicators: "  ", subfields: [.init("a", "0317-8471")]),
            Field(tag: "024", indicators: "3 ", subfields: [.init("a", "7391772108352")]),
            Field(tag: "035", indicators: "  ", subfields: [.init("a", "(OCoLC)ocm00012345"), .init("9", "9100123455")]),
            Field(tag: "035", indicators: "  ", subfields: [.init("a", "(SE-LIBR)87654321")]),
            Field(tag: "035", indicators: "  ", subfields: [.init("a", "(LibraSE)4711")]),
            Field(tag: "041", indicators: "1 ", subfields: [.init("a", "swe"), .init("h", "eng")]),
            Field(tag: "100", indicators: "1 ", subfields: [.init("a", "Sjöberg, Åsa,"), .init("d", "1970-")]),
            Field(tag: "245", indicators: "14", subfields: [
                .init("a", "The Häxan i skogen :"), .init("b", "en roman /"), .init("n", "Del 2 ;"), .init("c", "Åsa Sjöberg"),
            ]),
            Field(tag: "250", indicators: "  ", subfields: [.init("a", "2. rev. uppl.")]),
            Field(tag: "264", indicators: " 1", subfields: [.init("b", "Albert Bonniers förlag,"), .init("c", "[2015]")]),
            Field(tag: "264", indicators: " 4", subfields: [.init("c", "©2014")]),
            Field(tag: "300", indicators: "  ", subfields: [.init("a", "412 s.")]),
            Field(tag: "490", indicators: "1 ", subfields: [.init("a", "Skogen ;"), .init("v", "Vol. II")]),
            Field(tag: "830", indicators: " 0", subfields: [.init("a", "Skogen ;"), .init("v", "2")]),
            Field(tag: "350", indicators: "0 ", subfields: [.init("c", "978-91-29-65742-5")]),
            Field(tag: "852", indicators: "  ", subfields: [.init("h", "Hc")]),
        ])
    }

    @Test func extractsEveryKey() {
        let keys = MatchKeys.extract(from: Self.sample())
        #expect(keys.isbns == ["9789100123451", "9789129657425", "9789144001234"])
        #expect(keys.weakISBNs == ["9789100123452"])
        #expect(keys.isbnQualifiers == [
            QualifiedISBN(isbn: "9789100123451", qualifier: "inbunden"),
            QualifiedISBN(isbn: "9789144001234", qualifier: "häftad"),
        ])
        #expect(keys.issns == ["03178471"])
        #expect(keys.standardNumbers == ["ean:7391772108352"])
        #expect(keys.librisIds == ["12345678", "87654321"])
        #expect(keys.librisIIIIds == ["9100123455"])
        #expect(keys.systemNumbers == ["librase:4711", "ocolc:12345"])
        #expect(keys.title == "häxan i skogen en roman del 2")
        #expect(keys.shortTitle == "häxan i skogen")
        #expect(keys.author == "sjöberg åsa")
        #expect(keys.date1 == 2015)
        #expect(keys.years == [2014, 2015])
        #expect(keys.publishers == ["albert bonnier"])
        #expect(keys.extent == [412])
        #expect(keys.edition == Edition(number: 2, flags: ["revised"], text: "2 rev uppl"))
        #expect(keys.languages == ["swe"])
        #expect(keys.originalLanguages == ["eng"])
        #expect(keys.parts == ["2"])
        #expect(keys.seriesNumbers == ["2"])
        #expect(keys.problems == [KeyProblem(field: "020$a", value: "9789100123452", kind: .invalidCheckDigit)])
        #expect(keys.digest.count == 16)
    }

    @Test func firstAddedAuthorWithoutMainEntry() {
        var record = Self.sample()
        record.removeFields("100")
        record.append(Field(tag: "700", indicators: "1 ", subfields: [.init("a", "Astrid Lindgren")]))
        record.append(Field(tag: "700", indicators: "1 ", subfields: [.init("a", "Wikland, Ilon")]))
        #expect(MatchKeys.extract(from: record).author == "lindgren astrid")
    }

    @Test func deterministicAndIndependentOfRepeatedFieldOrder() {
        let record = Self.sample()
        let keys = MatchKeys.extract(from: record)
        #expect(MatchKeys.extract(from: record) == keys)
        // Fifty seeded shuffles of the fields give the same keys: nothing in the keys depends on where a
        // field sits, only on which fields there are (first-of-a-kind rules apply to non-repeated fields).
        var generator = SplitMix(seed: 2026)
        for _ in 0..<50 {
            var shuffled = record
            shuffled.fields.shuffle(using: &generator)
            #expect(MatchKeys.extract(from: shuffled) == keys)
        }
    }

    @Test func digestSeesContentNotTransactionDateOrHoldings() {
        let record = Self.sample()
        let digest = MatchKeys.extract(from: record).digest
        var touched = record
        touched.setControlValue("005", "20260101000000.0")
        touched.removeFields("852")
        #expect(MatchKeys.extract(from: touched).digest == digest)
        var changed = record
        changed.updateFields("300") { $0.subfields = [Subfield("a", "413 s.")] }
        #expect(MatchKeys.extract(from: changed).digest != digest)
    }

    @Test func codableRoundTrip() throws {
        let keys = MatchKeys.extract(from: Self.sample())
        let data = try JSONEncoder().encode(keys)
        #expect(try JSONDecoder().decode(MatchKeys.self, from: data) == keys)
    }
}

/// A small seeded generator so the shuffles are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
