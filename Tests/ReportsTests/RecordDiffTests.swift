import MARC
import Testing
@testable import Reports

@Suite struct RecordDiffTests {
    func subject(_ value: String) -> Field { Field(tag: "650", indicators: " 7", subfields: [Subfield("a", value)]) }

    @Test func fieldsAlignWithinATagSoOneRemovalIsOneRemoval() {
        let old = Record(fields: [subject("Ett"), subject("Två"), subject("Tre")])
        let new = Record(fields: [subject("Ett"), subject("Tre"), subject("Fyra")])
        #expect(RecordDiff.changes(from: old, to: new) == [
            FieldChange(tag: "650", kind: .removed, old: "=650  \\7$aTvå", new: nil),
            FieldChange(tag: "650", kind: .added, old: nil, new: "=650  \\7$aFyra"),
        ])
    }

    @Test func orderAcrossTagsIsNotComparedButOrderWithinATagIs() {
        let title = Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Titel")])
        let a = Record(fields: [title, subject("Ett"), subject("Två")])
        let moved = Record(fields: [subject("Ett"), subject("Två"), title])
        #expect(RecordDiff.changes(from: a, to: moved).isEmpty)
        #expect(RecordFingerprint.of(a, settings: DiffSettings()) == RecordFingerprint.of(moved, settings: DiffSettings()))
        let swapped = Record(fields: [title, subject("Två"), subject("Ett")])
        #expect(RecordDiff.changes(from: a, to: swapped).map(\.kind) == [.removed, .added])
        #expect(RecordFingerprint.of(a, settings: DiffSettings()) != RecordFingerprint.of(swapped, settings: DiffSettings()))
    }

    @Test func theLeaderIsComparedAsTheLineWriterWritesIt() {
        var new = Record(fields: [subject("Ett")])
        new.leader[5] = UInt8(ascii: "c")
        #expect(RecordDiff.changes(from: Record(fields: [subject("Ett")]), to: new) == [
            FieldChange(tag: "LDR", kind: .changed, old: "=LDR  00000nam\\a2200000\\i\\4500", new: "=LDR  00000cam\\a2200000\\i\\4500"),
        ])
        #expect(RecordDiff.changes(from: Record(), to: new, settings: try! DiffSettings(ignoring: ["LDR"])).count == 1)
    }

    @Test func theTextFormatGroupsChangesByTagAndKind() {
        let difference = RecordDifference(
            status: .changed, id: "(hjo-libra)1",
            a: RecordLocation(file: "a.xml", recordNumber: 1, byteOffset: 0),
            b: RecordLocation(file: "b.xml", recordNumber: 2, byteOffset: 0),
            changes: [FieldChange(tag: "245", kind: .changed, old: "=245  10$aA", new: "=245  10$aB"),
                      FieldChange(tag: "952", kind: .added, old: nil, new: "=952  \\\\$pH1"),
                      FieldChange(tag: "952", kind: .added, old: nil, new: "=952  \\\\$pH2")])
        #expect(DiffTextWriter.text(difference) == """
            changed (hjo-libra)1 — A: a.xml record 1, B: b.xml record 2
              245 changed
                - =245  10$aA
                + =245  10$aB
              952 added
                + =952  \\\\$pH1
                + =952  \\\\$pH2

            """)
        var summary = DiffSummary()
        summary.recordsA = 2
        summary.items.added = 2
        #expect(DiffTextWriter.summaryLine(summary)
                == "records: 2 in A, 0 in B; 0 added, 0 removed, 0 changed, 0 unchanged; items: 2 added, 0 removed, 0 changed")
    }
}
