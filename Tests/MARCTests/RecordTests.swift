import Testing
@testable import MARC

@Suite struct RecordTests {
    @Test func tagsCompareAsBytes() {
        let tag: MARC.Tag = "245"
        #expect(tag.description == "245")
        #expect(MARC.Tag(String("001"))!.isControlField)
        #expect(!MARC.Tag(String("010"))!.isControlField)
        #expect(MARC.Tag("020") < MARC.Tag("245"))
        #expect(MARC.Tag(String("24")) == nil)
        #expect(MARC.Tag(String("FMT"))?.isNumeric == false)
    }

    let record = Record(fields: [
        Field(tag: "001", value: "1"),
        Field(tag: "020", subfields: [Subfield("a", "9789100000000"), Subfield("q", "inb.")]),
        Field(tag: "020", subfields: [Subfield("z", "91-0-000000-0"), Subfield("a", "9789100000017")]),
        Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Titel"), Subfield("b", "undertitel")]),
    ])

    @Test func accessorsFindFieldsAndSubfields() {
        #expect(record.fields("020").count == 2)
        #expect(record.controlValue("001") == "1")
        #expect(record.firstValue("020", "z") == "91-0-000000-0")
        #expect(record.values("020", "a") == ["9789100000000", "9789100000017"])
        #expect(record.first("245")?.values("ab") == ["Titel", "undertitel"])
        #expect(record.first("650") == nil)
    }

    @Test func mutationHelpersKeepOrder() {
        var copy = record
        copy.insertInOrder(Field(tag: "100", subfields: [Subfield("a", "Sjöberg, Åsa")]))
        #expect(copy.fields.map(\.tag.description) == ["001", "020", "020", "100", "245"])
        copy.setControlValue("003", "SE-LIBR")
        #expect(copy.fields[1].value == "SE-LIBR")
        #expect(copy.removeFields("020") == 2)
        copy.updateFields("245") { $0.removeSubfields("b") }
        #expect(copy.first("245")?.subfields == [Subfield("a", "Titel")])
        #expect(record.fields.count == 4, "the original is untouched: records are values")
    }

    @Test func leaderNumbersReadAndWrite() {
        var leader = Leader.defaultBibliographic
        leader.setNumber(1234, at: 0)
        #expect(leader.number(at: 0) == 1234)
        #expect(leader.text.hasPrefix("01234nam"))
        #expect(Leader(repairing: Array("short".utf8)).bytes.count == 24)
    }
}
