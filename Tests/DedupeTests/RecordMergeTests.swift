import MARC
import Testing
@testable import Dedupe

@Suite struct RecordMergeTests {
    typealias R = MergeTestRecords

    /// The merged record's fields with `tag`, in line form.
    func lines(_ merged: MergedRecord, _ tag: MARC.Tag) -> [String] { merged.record.fields(tag).map(FieldText.line) }

    func merge(_ survivor: Record, _ others: [Record], policy: RecordMerge.LinkPolicy = .mark) -> MergedRecord {
        let municipalities = ["hjo", "karlsborg", "skovde", "tibro", "vara"]  // in provenance order
        let members = [R.member(1, "falkoping", "100", survivor)]
            + others.enumerated().map { offset, record in
                R.member(Int64(offset + 2), municipalities[offset], "\(offset + 200)", record)
            }
        return RecordMerge(linkPolicy: policy).merge(members, survivor: 0)
    }

    @Test func everyDistinctISBNOnce() {
        let isbn = { (subfields: [(Character, String)]) in R.data("020", subfields) }
        let survivor = R.record()  // 020 $a 9789100141707
        let merged = merge(survivor, [
            Record(fields: [isbn([("a", "91-0-014170-4")])]),  // the survivor's, as ISBN-10
            Record(fields: [isbn([("a", "91-0-012345-5 (inb.)"), ("q", "inbunden"), ("c", "249 kr")])]),
            Record(fields: [isbn([("a", "9789100123451"), ("q", "häftad")])]),  // the same, with another qualifier
            Record(fields: [isbn([("z", "9789100000004")]), isbn([("a", "978-91-0-000000-4")])]),
            Record(fields: [isbn([("a", "91-0-01234")]), isbn([("z", "91-0-01234.")])]),  // cut short: kept once as $z
        ])
        #expect(lines(merged, "020") == [
            "=020  \\\\$a9789100141707",
            "=020  \\\\$a91-0-012345-5 (inb.)$qinbunden",
            "=020  \\\\$z9789100000004",
            "=020  \\\\$a978-91-0-000000-4",
            "=020  \\\\$z91-0-01234",
        ])
        #expect(merged.addedISBNs == 4)
    }

    @Test func aWrongCheckDigitIsAddedOnlyAsZ() {
        let merged = merge(R.record(), [Record(fields: [R.data("020", [("a", "9789100123452")])]),
                                        Record(fields: [R.data("020", [("z", "9789100123452")])])])
        #expect(lines(merged, "020") == ["=020  \\\\$a9789100141707", "=020  \\\\$z9789100123452"])
    }

    @Test func an020WithoutANumberIsListedNotCopied() {
        let merged = merge(R.record(), [Record(fields: [R.data("020", [("a", "inb.")]), R.data("020", [("c", "199 kr")])])])
        #expect(lines(merged, "020") == ["=020  \\\\$a9789100141707"])
        #expect(merged.lacks.map(\.text) == ["=020  \\\\$ainb.", "=020  \\\\$c199 kr"])
    }

    @Test func oneProvenanceNumberPerMemberAndTheOthersNumbers() {
        let survivor = R.record(extra: [R.data("035", [("a", "(OCoLC)123")])])
        var libris = R.record(id: "8sjk2l1q5tmv4bx", extra: [
            R.data("035", [("a", "(OCoLC) 123")]), R.data("035", [("a", "(SE-LIBR)8sjk2l1q5tmv4bx")]),
            R.data("035", [("a", "(SE-LIBR)99"), ("9", "1234567")]),
        ])
        libris.insertInOrder(Field(tag: "003", value: "SE-LIBR"))
        let merged = merge(survivor, [libris, R.record(id: "555")])
        #expect(lines(merged, "035") == [
            "=035  \\\\$a(OCoLC)123",
            "=035  \\\\$a(falkoping-libra)100",
            "=035  \\\\$a(hjo-libra)200",
            "=035  \\\\$a(karlsborg-libra)201",
            "=035  \\\\$a(SE-LIBR)8sjk2l1q5tmv4bx",
            "=035  \\\\$a(SE-LIBR)99$91234567",
        ])
        #expect(merged.addedSystemNumbers == 5)
        #expect(merged.record.controlValue("001") == "1", "001 and 003 stay the survivor's")
        #expect(merged.record.controlValue("003") == nil)
    }

    @Test func distinctSubjectsByTagThesaurusAndFoldedContent() {
        let sao = R.data("650", [("a", "Häxor"), ("2", "sao")], indicators: " 7")
        let merged = merge(R.record(extra: [sao]), [
            R.record(extra: [R.data("650", [("a", "häxor."), ("2", "sao"), ("0", "https://id.kb.se/term/sao/H%C3%A4xor")],
                                    indicators: " 7"),
                             R.data("650", [("a", "Häxor")], indicators: " 4")]),
            R.record(extra: [R.data("650", [("a", "Häxor"), ("2", "barn")], indicators: " 7"),
                             R.data("650", [("a", "Häxor", )], indicators: "04"),  // first indicator not compared
                             R.data("600", [("a", "Sjöberg, Åsa"), ("x", "Kritik och tolkning")], indicators: "14"),
                             R.data("650", [("a", "Häxor"), ("x", "historia")], indicators: " 7")]),
        ])
        #expect(lines(merged, "650") == [
            "=650  \\7$aHäxor$2sao",
            "=650  \\4$aHäxor",
            "=650  \\7$aHäxor$2barn",
            "=650  \\7$aHäxor$xhistoria",
        ])
        #expect(lines(merged, "600") == ["=600  14$aSjöberg, Åsa$xKritik och tolkning"])
        #expect(merged.addedSubjects == 4)
    }

    func link(_ url: String, _ text: String = "E-bok") -> Field { R.data("856", [("u", url), ("z", text)], indicators: "40") }

    @Test func linksAreMarkedWithTheMunicipalitiesThatCarriedThem() {
        let merged = merge(R.record(extra: [link("https://a.example/1")]), [
            R.record(extra: [link("https://a.example/1 ", "Läs"), link("https://b.example/2")]),
            R.record(extra: [link("https://b.example/2", "Annan text"), link("https://c.example/3")]),
        ])
        #expect(lines(merged, "856") == [
            "=856  40$uhttps://a.example/1$zE-bok$5falkoping$5hjo",
            "=856  40$uhttps://b.example/2$zE-bok$5hjo$5karlsborg",
            "=856  40$uhttps://c.example/3$zE-bok$5karlsborg",
        ])
        #expect(merged.addedLinks == 2)
        #expect(merged.droppedLinks.isEmpty)
    }

    @Test func droppedLinksAreTheOthersThatTheSurvivorLacks() {
        let merged = merge(R.record(extra: [link("https://a.example/1")]), [
            R.record(extra: [link("https://a.example/1"), link("https://b.example/2")]),
        ], policy: .drop)
        #expect(lines(merged, "856") == ["=856  40$uhttps://a.example/1$zE-bok"])
        #expect(merged.droppedLinks == [MissingField(memberID: 2, provenance: "(hjo-libra)200", tag: "856",
                                                     text: "=856  40$uhttps://b.example/2$zE-bok")])
        #expect(merged.addedLinks == 0)
    }

    @Test func whatTheSurvivorLacksIsListed() {
        let survivor = R.record(extra: [R.data("500", [("a", "Originalupplaga: 1990.")]), R.data("700", [("a", "Någon")])])
        let other = R.record(extra: [
            R.data("250", [("a", "2. uppl.")]),
            R.data("500", [("a", "originalupplaga 1990")]),  // the survivor's note, punctuated otherwise
            R.data("504", [("a", "Bibliografi s. 400-410.")]),
            R.data("700", [("a", "Någon annan")]),  // the survivor has a 700: its description stands
            R.data("852", [("b", "hjo")]), R.data("976", [("a", "lokalt")]),
            R.data("250", [("a", "2. uppl.")]),  // the same field twice in one record: listed once
        ])
        let merged = merge(survivor, [other, R.record(extra: [R.data("250", [("a", "2. uppl.")])])])
        #expect(merged.lacks == [
            MissingField(memberID: 2, provenance: "(hjo-libra)200", tag: "250", text: "=250  \\\\$a2. uppl."),
            MissingField(memberID: 2, provenance: "(hjo-libra)200", tag: "504", text: "=504  \\\\$aBibliografi s. 400-410."),
            MissingField(memberID: 3, provenance: "(karlsborg-libra)201", tag: "250", text: "=250  \\\\$a2. uppl."),
        ])
        #expect(merged.record.fields("250").isEmpty, "listed, not copied")
    }

    @Test func fieldsInTagOrderWithTheSurvivorsFirst() {
        let survivor = R.record(extra: [R.data("650", [("a", "Häxor")], indicators: " 4"), R.data("035", [("a", "(x)1")])])
        let merged = merge(survivor,
                           [R.record(extra: [R.data("650", [("a", "Troll")], indicators: " 4")])])
        let tags = merged.record.fields.map(\.tag)
        #expect(tags == tags.sorted())
        #expect(lines(merged, "035").first == "=035  \\\\$a(x)1")
        #expect(lines(merged, "650") == ["=650  \\4$aHäxor", "=650  \\4$aTroll"])
    }

    @Test func aClusterOfOneGetsItsProvenanceAndItsLinksMarked() {
        let merged = merge(R.record(extra: [link("https://a.example/1")]), [])
        #expect(lines(merged, "035") == ["=035  \\\\$a(falkoping-libra)100"])
        #expect(lines(merged, "856") == ["=856  40$uhttps://a.example/1$zE-bok$5falkoping"])
        #expect(merged.lacks.isEmpty)
    }

    @Test func theMergeDoesNotDependOnTheMembersOrder() {
        let records = [
            R.record(extra: [link("https://a.example/1"), R.data("650", [("a", "Häxor")], indicators: " 4")]),
            R.record(extra: [R.data("020", [("a", "9100123455")]), R.data("250", [("a", "2. uppl.")]),
                             link("https://b.example/2")]),
            R.record(extra: [R.data("020", [("a", "9789100123451 (inb.)")]), R.data("250", [("a", "Andra upplagan")]),
                             R.data("650", [("a", "häxor!")], indicators: " 4"), link("https://b.example/2", "Annan")]),
            R.record(extra: [R.data("035", [("a", "(OCoLC)77")]), R.data("504", [("a", "Bibliografi")])]),
        ]
        let municipalities = ["hjo", "tibro", "hjo", "skovde"]
        let members = records.enumerated().map { offset, record in
            R.member(Int64(offset + 1), municipalities[offset], "\(10 - offset)", record)
        }
        let expected = RecordMerge().merge(members, survivor: 0)
        #expect(expected.lacks.count == 3)
        for ordering in MergeTestRecords.orderings(members) {
            let merged = RecordMerge().merge(ordering, survivor: ordering.firstIndex { $0.id == 1 }!)
            #expect(merged.record == expected.record)
            #expect(merged.lacks == expected.lacks)
        }
    }
}
