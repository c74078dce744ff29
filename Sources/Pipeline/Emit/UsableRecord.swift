import Dedupe
import MARC

/// What a record must be for Koha to take it, checked just before it is written. A data field with no
/// subfields (Koha's reader refuses it, and the record with it) holds nothing: it is removed, and said so. A
/// record with no title statement (245) is what is left of a record damaged beyond repair in the export: it is
/// rejected with its copies, and the finding names it so a cataloguer can correct the source.
enum UsableRecord {
    struct Problem {
        var finding: Finding
        var rejects: Bool
    }

    static func problems(_ record: inout Record, unit: CatalogueUnit) -> [Problem] {
        let survivor = unit.members[unit.survivor]
        var problems: [Problem] = []
        let empty = record.fields.filter { !$0.isControlField && $0.subfields.isEmpty }.map(\.tag.description)
        if !empty.isEmpty {
            record.fields.removeAll { !$0.isControlField && $0.subfields.isEmpty }
            problems.append(Problem(finding: Finding(.warning, "emit.empty-field",
                                                     "\(survivor.provenance): field(s) \(empty.joined(separator: ", ")) had no subfields and were removed"),
                                    rejects: false))
        }
        if record.first("245") == nil {
            problems.append(Problem(finding: Finding(.error, "emit.record-without-title", """
                \(survivor.provenance) has no title statement (245) after everything readable was read: it is not migrated, and its \
                copies with it; correct the record in the source system (or export it again) and run again
                """), rejects: true))
        }
        return problems
    }
}
