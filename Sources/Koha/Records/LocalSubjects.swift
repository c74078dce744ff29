import MARC

/// Libra's local subject terms (976) as Koha's uncontrolled index terms (653).
///
/// Libra keeps the library's own subject words in 976, the term in `$b` and sometimes a broader word in
/// `$a`. Koha has no 976 in its framework, so the terms would be neither shown nor searched. Each non-empty
/// `$a` and `$b` value becomes its own 653 (indicators blank: level and kind unknown) with that value in `$a`,
/// in the 976s' order; a term the record already has as a 653 `$a` (or got from an earlier 976) is not added
/// twice. The 976 fields are then removed.
public enum LocalSubjects {
    public static let libraTag: Tag = "976"
    public static let indexTermTag: Tag = "653"

    static func moveToIndexTerms(_ record: inout Record) -> [KohaRecordChange] {
        let sources = record.fields(libraTag)
        guard !sources.isEmpty else { return [] }
        var present = Set(record.values(indexTermTag, "a"))
        var changes: [KohaRecordChange] = []
        for field in sources {
            for value in field.values("ab") {
                let term = String(value.trimmingBlanks())
                guard !term.isEmpty, present.insert(term).inserted else { continue }
                record.insertInOrder(Field(tag: indexTermTag, subfields: [Subfield("a", term)]))
                changes.append(KohaRecordChange(.localSubjects, indexTermTag, "added 653 $a \(term) from Libra's 976"))
            }
        }
        let removed = record.removeFields(libraTag)
        let fields = "\(removed) 976 field\(removed == 1 ? "" : "s")"
        changes.append(KohaRecordChange(.localSubjects, libraTag, "removed \(fields) (Libra's local subject terms)"))
        return changes
    }
}
