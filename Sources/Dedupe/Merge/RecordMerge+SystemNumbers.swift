import MARC

extension RecordMerge {
    /// The 035s the merge adds, in this order, each only when the merged record has no 035 with the same
    /// folded content (`Field.foldedContent`: "(SE-LIBR) 123" is "(SE-LIBR)123"):
    ///
    /// 1. every member's provenance, survivor first: `035 ## $a (hjo-libra)10004`;
    /// 2. for each other member, its 001 under its 003 as MARC writes a copied record's number
    ///    (`(SE-LIBR)8sjk2l1q5tmv4bx`), when it has both;
    /// 3. each other member's own 035s.
    static func systemNumberFields(survivor: MergeMember, others: [MergeMember]) -> [Field] {
        var seen = Set(survivor.record.fields.filter { $0.tag == "035" }.map { $0.foldedContent() })
        var candidates = ([survivor] + others).map { Field(tag: "035", subfields: [Subfield("a", $0.provenance)]) }
        for member in others {
            if let org = member.record.controlValue("003"), let id = member.record.controlValue("001"),
                !TextFold.key(org).isEmpty, !TextFold.key(id).isEmpty
            {
                candidates.append(Field(tag: "035", subfields: [Subfield("a", "(\(trim(org)))\(trim(id))")]))
            }
            candidates += member.record.fields.filter { $0.tag == "035" }
        }
        return candidates.filter { field in
            let key = field.foldedContent()
            return !key.isEmpty && seen.insert(key).inserted
        }
    }

    private static func trim(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
