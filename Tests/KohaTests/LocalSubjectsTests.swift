import MARC
import Testing
@testable import Koha

@Suite struct LocalSubjectsTests {
    let rules = KohaRecordRules(controlNumbers: .consortium("SE-SKBG"))

    @Test func libra976BecomesIndexTerms() {
        let record = hjoRecord([
            Field(tag: "653", subfields: [Subfield("a", "Hästar")]),
            Field(tag: "976", indicators: " 2", subfields: [Subfield("a", "Djur"), Subfield("b", "Hästar")]),
            Field(tag: "976", indicators: " 2", subfields: [Subfield("b", "Ridning "), Subfield("b", "")]),
            Field(tag: "976", subfields: [Subfield("b", "Ridning")]),
        ])
        let result = rules.apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(result.record.fields("976").isEmpty)
        #expect(result.record.fields("653").map(\.subfields) == [
            [Subfield("a", "Hästar")], [Subfield("a", "Djur")], [Subfield("a", "Ridning")],
        ], "each term once, in the 976s' order, after the 653 already there")
        #expect(result.record.fields("653").allSatisfy { $0.indicatorText == "  " })
        #expect(result.changes.filter { $0.rule == .localSubjects }.count == 3)
        let tags = result.record.fields.map(\.tag)
        #expect(tags == tags.sorted(), "653s are placed in tag order")
    }

    @Test func aRecordWithout976IsLeftAlone() {
        var record = hjoRecord()
        #expect(LocalSubjects.moveToIndexTerms(&record).isEmpty)
        #expect(record == hjoRecord())
    }
}
