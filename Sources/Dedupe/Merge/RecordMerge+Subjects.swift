import MARC

extension RecordMerge {
    /// Subfields a heading's identity does not rest on: authority ids ($0, $1), the institution ($5),
    /// linkage ($6, $8) and local codes ($9). Catalogues write them differently for one heading.
    static let subjectIdentifierCodes: Set<UInt8> = Set("015689".utf8)

    /// The other members' 6XX headings the merged record lacks. Two headings are the same when tag, second
    /// indicator (the thesaurus) and the folded content of their other subfields, codes included, agree:
    /// `650 #7 $a Häxor $2 sao` and `650 #7 $a häxor. $2 sao $0 https://id.kb.se/…` are one heading. The
    /// first indicator is not compared. The first form met is kept (the survivor's, then by provenance).
    static func subjectFields(survivor: Record, others: [MergeMember]) -> [Field] {
        var seen = Set(survivor.fields.filter(isSubject).map(subjectKey))
        var added: [Field] = []
        for member in others {
            for field in member.record.fields where isSubject(field) && seen.insert(subjectKey(field)).inserted {
                added.append(field)
            }
        }
        return added
    }

    static func isSubject(_ field: Field) -> Bool { field.tag >= "600" && field.tag <= "699" }

    static func subjectKey(_ field: Field) -> String {
        let thesaurus = String(decoding: [field.indicator2], as: UTF8.self)
        return "\(field.tag)\(thesaurus)" + field.foldedContent(ignoring: subjectIdentifierCodes)
    }
}
