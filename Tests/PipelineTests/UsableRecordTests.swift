import Dedupe
import MARC
import Testing
@testable import Pipeline

@Suite struct UsableRecordTests {
    func unit(_ record: Record) -> CatalogueUnit {
        let member = CatalogueUnit.Member(id: 1, sourceID: 1, provenance: Provenance(municipality: "hjo", system: "libra", localID: "78303"),
                                          record: record, format: "book", items: [])
        return CatalogueUnit(record: record, members: [member], survivor: 0, cluster: nil)
    }

    /// A damaged record's empty field is removed and said; a record without a title is rejected, named.
    @Test func emptyFieldsGoAndARecordWithoutTitleIsRejected() {
        var damaged = Record(fields: [Field(tag: "001", value: "1"), Field(tag: "226", indicators: "24", subfields: []),
                                      Field(tag: "700", indicators: "1 ", subfields: [Subfield("a", "Karlsson, Sören")])])
        let problems = UsableRecord.problems(&damaged, unit: unit(damaged))
        #expect(damaged.first("226") == nil && damaged.first("700") != nil)
        #expect(problems.map(\.finding.rule) == ["emit.empty-field", "emit.record-without-title"])
        #expect(problems.contains { $0.rejects && $0.finding.message.contains("(hjo-libra)78303") })

        var good = Record(fields: [Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Häxan")])])
        #expect(UsableRecord.problems(&good, unit: unit(good)).isEmpty)
    }
}
