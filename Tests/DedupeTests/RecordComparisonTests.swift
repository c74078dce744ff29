import Foundation
import MARC
import Testing
@testable import Dedupe

@Suite struct RecordComparisonTests {
    typealias R = MergeTestRecords

    @Test func theSameRecordHasNoDifferences() {
        let comparison = RecordComparison(R.record(), R.record())
        #expect(comparison.rows.allSatisfy { $0.mark == .same })
        #expect(comparison.rows.map(\.tag) == ["008", "020", "100", "245", "264", "300"], "001 is left out")
        #expect(comparison.summary == "")
        #expect(comparison.differences.isEmpty)
    }

    @Test func punctuationCaseAndIndicatorsAreNoDifference() {
        let title = { (subfields: [(Character, String)], indicators: String) in
            Record(fields: [R.data("245", subfields, indicators: indicators)])
        }
        let a = title([("a", "Häxan :"), ("b", "roman /"), ("c", "Åsa Sjöberg.")], "10")
        let b = title([("a", "HÄXAN"), ("b", "Roman"), ("c", "Åsa  Sjöberg")], "00")
        #expect(RecordComparison(a, b).rows.map(\.mark) == [.same])
        let otherCoding = title([("a", "Häxan : roman /"), ("c", "Åsa Sjöberg.")], "10")
        #expect(RecordComparison(a, otherCoding).rows.map(\.mark) == [.differs], "subfield codes count")
        let otherLetter = title([("a", "Haxan :"), ("b", "roman /"), ("c", "Åsa Sjöberg.")], "10")
        #expect(RecordComparison(a, otherLetter).rows.map(\.mark) == [.differs], "ä is not a")
    }

    @Test func rowsShowBothSidesReadably() {
        let a = R.record(extra: [R.data("250", [("a", "2. uppl.")])])
        var b = R.record()
        b.updateFields("300") { $0.subfields = [Subfield("a", "318 s."), Subfield("c", "21 cm")] }
        let comparison = RecordComparison(a, b)
        #expect(comparison.differences == [
            .init(tag: "250", mark: .onlyFirst, first: "$a 2. uppl.", second: nil),
            .init(tag: "300", mark: .differs, first: "$a 412 s.", second: "$a 318 s. $c 21 cm"),
        ])
        #expect(comparison.summary == "250: 2. uppl. | —; 300: 412 s. | 318 s. 21 cm")
    }

    @Test func idsTimestampsAndLocalFieldsAreLeftOut() {
        let a = R.record(id: "1", extra: [Field(tag: "003", value: "SE-LIBR"), Field(tag: "005", value: "20240101120000.0"),
                                          R.data("976", [("a", "lokalt")])])
        let b = R.record(id: "2", extra: [Field(tag: "005", value: "20250101120000.0"), R.data("950", [("a", "annat")])])
        #expect(RecordComparison(a, b).differences.isEmpty)
    }

    @Test func repeatedFieldsPairBySameThenByOrder() {
        let subject = { (text: String) in R.data("650", [("a", text)], indicators: " 4") }
        let a = Record(fields: [subject("Häxor"), subject("Troll"), subject("Sagor")])
        let b = Record(fields: [subject("troll"), subject("Älvor"), subject("häxor."), subject("Vättar")])
        #expect(RecordComparison(a, b).rows == [
            .init(tag: "650", mark: .same, first: "$a Häxor", second: "$a häxor."),
            .init(tag: "650", mark: .same, first: "$a Troll", second: "$a troll"),
            .init(tag: "650", mark: .differs, first: "$a Sagor", second: "$a Älvor"),
            .init(tag: "650", mark: .onlySecond, first: nil, second: "$a Vättar"),
        ])
    }

    @Test func controlFieldsCompareCharacterForCharacter() {
        var b = R.record()
        b.updateFields("008") { $0.value = "150101s2015    sw            000 1 swe c" }
        let row = RecordComparison(R.record(), b).differences
        #expect(row.map(\.tag) == ["008"])
        #expect(row.first?.first == "150101s2015    sw            000 1 swe d")
        let bk = Record(fields: [Field(tag: "FMT", value: "BK")]), mu = Record(fields: [Field(tag: "FMT", value: "MU")])
        #expect(RecordComparison(bk, mu).rows == [.init(tag: "FMT", mark: .differs, first: "BK", second: "MU")],
                "a value-only field compares by its value")
    }

    @Test func longValuesAreCutInTheSummary() {
        let long = String(repeating: "lång ", count: 20)
        let comparison = RecordComparison(Record(fields: [R.data("500", [("a", long)])]), Record())
        #expect(comparison.summary == "500: " + String(long.prefix(RecordComparison.summaryWidth)) + "… | —")
    }

    @Test func itIsWrittenAsJSON() throws {
        let comparison = RecordComparison(R.record(extra: [R.data("250", [("a", "2. uppl.")])]), R.record())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(comparison), as: UTF8.self)
        #expect(json.contains(#"{"first":"$a 2. uppl.","mark":"only-first","tag":"250"}"#))
        #expect(try JSONDecoder().decode(RecordComparison.self, from: Data(json.utf8)) == comparison)
    }
}
