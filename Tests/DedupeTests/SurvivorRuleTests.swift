import MARC
import Testing
@testable import Dedupe

@Suite struct SurvivorRuleTests {
    typealias R = MergeTestRecords
    let rule = SurvivorRule()

    func choose(_ members: [MergeMember]) -> SurvivorRule.Choice { rule.choose(members) }

    @Test func aPrepublicationRecordNeverSurvives() {
        // The order record has more copies and comes first by provenance; it still loses to a minimal record.
        let choice = choose([R.member(1, "gullspang", "1", R.record(level: "8"), copies: 9),
                             R.member(2, "hjo", "2", R.record(level: "7"))])
        #expect(choice.id == 2)
        #expect(choice.step == .notPlaceholder)
        #expect(choice.reason == "not an order placeholder")
    }

    @Test func aBareRecordWithEveryCopyOnOrderIsAPlaceholder() {
        let order = R.member(1, "gullspang", "1", R.orderRecord(), copies: 3, allCopiesOrdered: true)
        let choice = choose([order, R.member(2, "hjo", "2", R.record(level: "3"))])
        #expect(choice.id == 2)
        #expect(choice.step == .notPlaceholder)
        #expect(SurvivorStanding(order).isOrderPlaceholder)
    }

    @Test func aBareRecordWithACopyOnTheShelfIsNoPlaceholder() {
        let received = R.member(1, "gullspang", "1", R.orderRecord(), allCopiesOrdered: false)
        #expect(!SurvivorStanding(received).isOrderPlaceholder)
        let withExtent = R.member(1, "gullspang", "1", R.record(), allCopiesOrdered: true)
        #expect(!SurvivorStanding(withExtent).isOrderPlaceholder, "008 and 300 make it a description")
    }

    @Test func whenEveryMemberIsAPlaceholderOneStillSurvives() {
        let choice = choose([R.member(1, "hjo", "1", R.orderRecord(level: "8")),
                             R.member(2, "hjo", "2", R.orderRecord(level: "8"), copies: 2)])
        #expect(choice.id == 2)
        #expect(choice.reason == "most copies (2)")
    }

    @Test func theLIBRISRecordFirstThenACopyOfIt() {
        var national = R.record(level: "5", id: "8sjk2l1q5tmv4bx")
        national.insertInOrder(Field(tag: "003", value: "SE-LIBR"))
        let copy = R.record(level: " ", extra: [R.data("035", [("a", "(SE-LIBR)8sjk2l1q5tmv4bx")])])
        let local = R.record(level: " ", extra: [R.data("500", [("a", "Fuller than the others.")])])

        let first = choose([R.member(1, "hjo", "1", local), R.member(2, "tibro", "2", copy),
                            R.member(3, "skovde", "3", national)])
        #expect(first.id == 3)
        #expect(first.step == .libris)
        #expect(first.reason == "LIBRIS record")

        let second = choose([R.member(1, "hjo", "1", local), R.member(2, "tibro", "2", copy)])
        #expect(second.id == 2)
        #expect(second.reason == "carries a LIBRIS id")
    }

    @Test func an003WithoutAn001IsNoLIBRISRecord() {
        var record = R.record()
        record.removeFields("001")
        record.insertInOrder(Field(tag: "003", value: "SE-LIBR"))
        #expect(SurvivorStanding.libris(record) == SurvivorStanding.LIBRIS.none)
        record.insertInOrder(Field(tag: "001", value: "123"))
        #expect(SurvivorStanding.libris(record) == .record)
    }

    @Test func encodingLevelsBestFirst() {
        let levels: [Character] = [" ", "1", "4", "2", "7", "5", "3", "u", "z"]
        for (better, worse) in zip(levels, levels.dropFirst()) {
            // The worse level comes first by provenance and has more copies: only leader/17 decides.
            let choice = choose([R.member(1, "a", "1", R.record(level: worse), copies: 5),
                                 R.member(2, "b", "2", R.record(level: better))])
            if better == "u" {
                #expect(choice.id == 1 && choice.step == .copies, "u and z are both unranked")
            } else {
                #expect(choice.id == 2, "\(better) before \(worse)")
                #expect(choice.reason == "fullest encoding level (\(better))")
            }
        }
    }

    @Test func theMoreCompleteDescriptionFirst() {
        let fuller = R.record(extra: [R.data("250", [("a", "2. uppl.")])])
        let choice = choose([R.member(1, "a", "1", R.record(), copies: 5), R.member(2, "b", "2", fuller)])
        #expect(choice.id == 2)
        #expect(choice.step == .completeness)
        #expect(choice.reason == "most complete description (8 of 12 elements, 9 subfields)")
    }

    @Test func subfieldsBreakATieInElements() {
        let more = R.record(extra: [R.data("650", [("a", "Häxor"), ("x", "historia")], indicators: " 7")])
        let fewer = R.record(extra: [R.data("650", [("a", "Häxor")], indicators: " 7")])
        #expect(Completeness(more).elements == Completeness(fewer).elements)
        let choice = choose([R.member(1, "a", "1", fewer), R.member(2, "b", "2", more)])
        #expect(choice.id == 2)
        #expect(choice.step == .completeness)
    }

    @Test func completenessCountsEachElementOnce() {
        #expect(Completeness(R.orderRecord()) == Completeness(elements: 1, subfields: 1))
        let full = R.record(extra: [
            R.data("250", [("a", "2. uppl.")]), R.data("490", [("a", "Serien")]), R.data("500", [("a", "Not.")]),
            R.data("520", [("a", "Ännu en not.")]), R.data("650", [("a", "Häxor")]), R.data("700", [("a", "Någon")]),
            R.data("852", [("b", "hjo"), ("h", "Hc")]), R.data("976", [("a", "Lokalt")]),
        ])
        #expect(Completeness(full).elements == Completeness.elementCount)
        #expect(Completeness(full).subfields == 14, "852 and 9XX do not count")
        var short008 = R.record()
        short008.updateFields("008") { $0.value = "150101s2015" }
        #expect(Completeness(short008).elements == Completeness(R.record()).elements - 1)
    }

    @Test func moreCopiesFirst() {
        let choice = choose([R.member(1, "a", "1", R.record(), copies: 2), R.member(2, "b", "2", R.record(), copies: 4)])
        #expect(choice.id == 2)
        #expect(choice.reason == "most copies (4)")
    }

    @Test func otherwiseFirstByMunicipalityThenLocalID() {
        let same = R.record()
        #expect(choose([R.member(1, "tibro", "1", same), R.member(2, "hjo", "5", same)]).id == 2)
        let byNumber = choose([R.member(1, "hjo", "10004", same), R.member(2, "hjo", "9999", same)])
        #expect(byNumber.id == 2, "local ids compare as numbers")
        #expect(byNumber.step == .provenance)
        #expect(byNumber.reason == "first by provenance")
        #expect(choose([R.member(1, "hjo", "b12", same), R.member(2, "hjo", "a99", same)]).id == 2)
    }

    @Test func aClusterOfOneIsItsOwnSurvivor() {
        let choice = choose([R.member(7, "hjo", "1", R.orderRecord(level: "8"))])
        #expect(choice == SurvivorRule.Choice(index: 0, id: 7, step: .onlyRecord, reason: "only record"))
    }

    @Test func theChoiceDoesNotDependOnTheOrder() {
        var national = R.record(level: "7")
        national.insertInOrder(Field(tag: "003", value: "SE-LIBR"))
        let members = [
            R.member(1, "hjo", "3", R.record(level: "8"), copies: 9),
            R.member(2, "tibro", "1", R.record(), copies: 2),
            R.member(3, "karlsborg", "1", national),
            R.member(4, "gullspang", "2", national, copies: 1),
            R.member(5, "gullspang", "10", national, copies: 1),
            R.member(6, "skovde", "1", R.orderRecord(), allCopiesOrdered: true),
        ]
        for ordering in MergeTestRecords.orderings(members) {
            let choice = choose(ordering)
            #expect(choice.id == 4)
            #expect(ordering[choice.index].id == 4)
            #expect(choice.step == .provenance)
        }
    }
}
