import MARC

extension RecordMerge {
    /// The merged record's 856s, with what `.drop` left out and how many `.mark` added.
    struct Links {
        var fields: [Field] = []
        var dropped: [MissingField] = []
        var added = 0
    }

    /// Two links are the same when their $u values, trimmed, are equal (a field without $u by its folded
    /// content). Under `.mark` the first form met is kept (the survivor's, then by provenance) with one $5 per
    /// municipality that carried it, after any $5 it had; under `.drop` only the survivor's links stay,
    /// unchanged, and other members' links whose $u the survivor lacks are listed as dropped.
    static func links(survivor: MergeMember, others: [MergeMember], policy: LinkPolicy) -> Links {
        var links = Links()
        var index: [String: Int] = [:]
        let carriers = policy == .mark ? [survivor] + others : [survivor]
        for (position, member) in carriers.enumerated() {
            for field in member.record.fields where field.tag == "856" {
                let key = linkKey(field)
                if let at = index[key] {
                    if policy == .mark { mark(&links.fields[at], member.municipality) }
                    continue
                }
                var kept = field
                if policy == .mark { mark(&kept, member.municipality) }
                index[key] = links.fields.count
                links.fields.append(kept)
                if position > 0 { links.added += 1 }
            }
        }
        if policy == .drop {
            for member in others {
                for field in member.record.fields where field.tag == "856" && index[linkKey(field)] == nil {
                    links.dropped.append(MissingField(member, field))
                }
            }
        }
        return links
    }

    static func linkKey(_ field: Field) -> String {
        let urls = field.values("u").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            .filter { !$0.isEmpty }
        return urls.isEmpty ? "content:" + field.foldedContent() : urls.joined(separator: " ")
    }

    private static func mark(_ field: inout Field, _ municipality: String) {
        if !field.values("5").contains(municipality) { field.append("5", municipality) }
    }
}
