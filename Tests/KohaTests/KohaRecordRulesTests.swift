import MARC
import Testing
@testable import Koha

/// A merged Libra record from Hjo, with what a source leaves behind.
func hjoRecord(_ extra: [Field] = []) -> Record {
    var leader = Leader.defaultBibliographic
    leader.characterCoding = Field.blank
    return Record(leader: leader, fields: [
        Field(tag: "001", value: "10004"),
        Field(tag: "003", value: "SE-HjoB"),
        Field(tag: "035", subfields: [Subfield("a", "(hjo-libra)10004")]),
        Field(tag: "100", indicators: "1 ", subfields: [Subfield("a", "Lagerlöf, Selma"), Subfield("9", "4711")]),
        Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Gösta Berlings saga")]),
    ] + extra)
}

@Suite struct KohaRecordRulesTests {
    let rules = KohaRecordRules(controlNumbers: .consortium("SE-SKBG"))

    // MARK: 942

    @Test func itemTypeIsTheMostCommonOne() {
        #expect(KohaRecordRules.defaultItemType(of: ["BOK", "LJUDBOK", "BOK"], fallback: "X") == "BOK")
        #expect(KohaRecordRules.defaultItemType(of: ["LJUDBOK", "BOK", "LJUDBOK", ""], fallback: "X") == "LJUDBOK")
    }

    @Test func aTieGoesToTheFirstAlphabetically() {
        #expect(KohaRecordRules.defaultItemType(of: ["REF", "BOK", "REF", "BOK"], fallback: "X") == "BOK")
        #expect(KohaRecordRules.defaultItemType(of: ["BOK", "REF", "BOK", "REF"], fallback: "X") == "BOK")
    }

    @Test func noItemsTakesTheFallback() {
        #expect(KohaRecordRules.defaultItemType(of: [], fallback: "DVD") == "DVD")
        #expect(KohaRecordRules.defaultItemType(of: ["", ""], fallback: "DVD") == "DVD")
        #expect(KohaRecordRules.defaultItemType(of: [], fallback: "") == nil)
    }

    @Test func writes942c() {
        let result = rules.apply(to: hjoRecord(), itemTypes: ["BOK", "BOK", "STOR"], fallbackItemType: "DVD")
        #expect(result.record.fields("942").map(\.subfields) == [[Subfield("c", "BOK")]])
        #expect(result.changes.contains { $0.rule == .itemType && $0.message.contains("BOK") })
    }

    @Test func replacesAnExisting942cAndKeepsTheRest() {
        let old = Field(tag: "942", subfields: [Subfield("2", "SAB"), Subfield("c", "GAMMAL"), Subfield("n", "0")])
        let result = rules.apply(to: hjoRecord([old]), itemTypes: [], fallbackItemType: "BOK")
        #expect(result.record.fields("942").map(\.subfields) == [[Subfield("2", "SAB"), Subfield("c", "BOK"), Subfield("n", "0")]])
    }

    @Test func aMissingItemTypeIsReported() {
        let result = rules.apply(to: hjoRecord(), itemTypes: [], fallbackItemType: "")
        #expect(result.record.fields("942").isEmpty)
        #expect(result.changes.contains { $0.rule == .itemType && $0.message.contains("requires 942") })
    }

    // MARK: 999, $9, dropped tags, leader

    @Test func removesEvery999() {
        let record = hjoRecord([
            Field(tag: "999", subfields: [Subfield("c", "12"), Subfield("d", "12")]),
            Field(tag: "999", subfields: [Subfield("c", "13")]),
        ])
        let result = rules.apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(result.record.fields("999").isEmpty)
        #expect(result.changes.filter { $0.rule == .kohaIDs }.count == 2)
    }

    @Test func removesDollar9OnlyFromHeadings() {
        let record = hjoRecord([
            Field(tag: "035", subfields: [Subfield("9", "LIBRIS3-123")]),
            Field(tag: "650", indicators: " 7", subfields: [Subfield("a", "Värmland"), Subfield("9", "88")]),
            Field(tag: "700", indicators: "1 ", subfields: [Subfield("a", "Larsson, Carl"), Subfield("9", "7"), Subfield("9", "8")]),
            Field(tag: "852", subfields: [Subfield("h", "Hc")]),
        ])
        let result = KohaRecordRules(controlNumbers: .consortium("SE-SKBG"), droppedTags: [])
            .apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        for tag: MARC.Tag in ["100", "650", "700"] {
            #expect(result.record.first(tag)?.first("9") == nil, "\(tag)")
        }
        #expect(result.record.fields("035").contains { $0.first("9") == "LIBRIS3-123" }, "035 $9 is LIBRIS data")
        #expect(result.record.first("700")?.subfields == [Subfield("a", "Larsson, Carl")])
        #expect(result.changes.filter { $0.rule == .authorityLinks }.map(\.tag) == ["100", "650", "700"])
    }

    @Test func dropsTheDefaultTagsAndOnlyThose() {
        let record = hjoRecord([
            Field(tag: "852", subfields: [Subfield("h", "Hc")]),
            Field(tag: "886", subfields: [Subfield("b", "a"), Subfield("2", "BURK III")]),
            Field(tag: "887", subfields: [Subfield("b", "ab"), Subfield("2", "BURK IV")]),
            Field(tag: "952", subfields: [Subfield("p", "123")]),
        ])
        let result = rules.apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(KohaRecordRules.defaultDroppedTags == ["852", "886", "887"])
        #expect(result.record.fields.allSatisfy { !["852", "886", "887"].contains($0.tag) })
        #expect(result.record.fields("952").count == 1, "952 is dropped only when asked")
        #expect(result.changes.filter { $0.rule == .droppedField }.map(\.tag) == ["852", "886", "887"])

        let withItems = KohaRecordRules(controlNumbers: .leaveToKoha, droppedTags: ["952"])
            .apply(to: record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(withItems.record.fields("952").isEmpty && withItems.record.fields("852").count == 1)
    }

    @Test func leaderSaysUnicode() {
        let result = rules.apply(to: hjoRecord(), itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(result.record.leader[9] == UInt8(ascii: "a"))
        #expect(result.changes.contains { $0.rule == .characterCoding })
        let again = rules.apply(to: result.record, itemTypes: ["BOK"], fallbackItemType: "BOK")
        #expect(again.record == result.record, "the rules are idempotent")
        #expect(again.changes.isEmpty, "and a second run changes nothing: \(again.changes)")
    }

    @Test func writtenValuesAreNFC() {
        let decomposed = "Ba\u{0308}ck" // "Bäck" in NFD
        let result = rules.apply(to: hjoRecord(), itemTypes: [decomposed], fallbackItemType: "BOK")
        let written = result.record.firstValue("942", "c")!
        #expect(Array(written.unicodeScalars) == Array("B\u{00E4}ck".unicodeScalars))
    }
}
