import MARC

extension RecordMerge {
    /// Tags the merge handles (001, 003, 005, 008 are the survivor's; 020, 035, 6XX, 856 are merged) or that
    /// are local to one library (852, 9XX), and so never listed as lacking.
    static func isHandledOrLocal(_ tag: Tag) -> Bool {
        switch tag {
        case "001", "003", "005", "008", "020", "035", "852", "856": true
        default: (tag >= "600" && tag <= "699") || (tag >= "900" && tag <= "999")
        }
    }

    /// What other members had that the merged record lacks, member by member in provenance order, fields in
    /// record order, each field once per member:
    ///
    /// - a 5XX note whose folded text (`noteKey`) no 5XX of the survivor has;
    /// - any other field whose tag does not occur in the survivor at all (a 250 when the survivor has none, a
    ///   second member's 490 when the survivor has no series) — where the survivor has the tag, its field is
    ///   the description and the difference is for `RecordComparison` to show;
    /// - an 020 that carries no number (`carriesNoISBN`), since the ISBN merge cannot use it.
    static func lacks(survivor: Record, others: [MergeMember]) -> [MissingField] {
        let tags = Set(survivor.fields.map(\.tag))
        let notes = Set(survivor.fields.filter(isNote).map(noteKey))
        var lacks: [MissingField] = []
        for member in others {
            var listed = Set<String>()
            for field in member.record.fields {
                let missing: Bool
                if field.tag == "020" {
                    missing = carriesNoISBN(field)
                } else if isHandledOrLocal(field.tag) {
                    continue
                } else if isNote(field) {
                    missing = !notes.contains(noteKey(field))
                } else {
                    missing = !tags.contains(field.tag)
                }
                let entry = MissingField(member, field)
                if missing && listed.insert(entry.text).inserted { lacks.append(entry) }
            }
        }
        return lacks
    }

    static func isNote(_ field: Field) -> Bool { field.tag >= "500" && field.tag <= "599" }

    /// A note's text for comparing: its subfield values (not $5 or $9, which say whose note it is), folded and
    /// run together, so "Originalupplaga: 1990." and "originalupplaga 1990" are one note whatever its 5XX tag.
    static func noteKey(_ field: Field) -> String {
        var out: [UInt8] = []
        for subfield in field.subfields where subfield.code != 0x35 && subfield.code != 0x39 {
            TextFold.fold(subfield.value, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
