import MARC

/// Builds the merged record of a cluster: the survivor's record, with what the other members add.
///
/// - ISBNs: every distinct ISBN as an 020 (`RecordMerge+ISBNs`).
/// - System numbers: one 035 per member with its provenance, and the other members' own numbers
///   (`RecordMerge+SystemNumbers`).
/// - Subjects: every distinct 6XX heading (`RecordMerge+Subjects`).
/// - Links: 856 by `LinkPolicy` (`RecordMerge+Links`).
/// - Everything else stays the survivor's; what other members had beyond it is listed, not copied
///   (`RecordMerge+Lacks`).
///
/// The other members are taken in provenance order (`MergeMember.provenanceOrder`), so the result depends only
/// on which member survives, never on the order the members come in. Where two members carry the same thing,
/// the survivor's form is kept, then the first by provenance. The result's fields are in tag order; fields
/// with equal tags keep the survivor's order, then the added ones in member order.
public struct RecordMerge: Sendable {
    /// What becomes of 856 links. Local e-media licences must not be pooled blindly.
    public enum LinkPolicy: String, Sendable, Codable, CaseIterable {
        /// Keep every distinct link (by $u) from any member, each with a $5 naming the municipalities whose
        /// records carried it; the survivor's links get its municipality too.
        case mark
        /// Keep only the survivor's links, as they are; other members' links are listed in `droppedLinks`.
        case drop
    }

    public var linkPolicy: LinkPolicy

    public init(linkPolicy: LinkPolicy = .mark) {
        self.linkPolicy = linkPolicy
    }

    /// Merges `members` into `members[survivor]` (as `SurvivorRule.choose` gave it).
    public func merge(_ members: [MergeMember], survivor: Int) -> MergedRecord {
        let kept = members[survivor]
        let others = members.indices.filter { $0 != survivor }.map { members[$0] }.sorted(by: MergeMember.provenanceOrder)
        let isbns = RecordMerge.isbnFields(survivor: kept.record, others: others)
        let numbers = RecordMerge.systemNumberFields(survivor: kept, others: others)
        let subjects = RecordMerge.subjectFields(survivor: kept.record, others: others)
        let links = RecordMerge.links(survivor: kept, others: others, policy: linkPolicy)

        let survivorFields = kept.record.fields.filter { $0.tag != "856" }
        let fields = survivorFields + isbns + numbers + subjects + links.fields
        let ordered = fields.enumerated().sorted { a, b in
            a.element.tag != b.element.tag ? a.element.tag < b.element.tag : a.offset < b.offset
        }.map(\.element)
        return MergedRecord(
            record: Record(leader: kept.record.leader, fields: ordered), survivorID: kept.id,
            lacks: RecordMerge.lacks(survivor: kept.record, others: others), droppedLinks: links.dropped,
            addedISBNs: isbns.count, addedSystemNumbers: numbers.count, addedSubjects: subjects.count,
            addedLinks: links.added)
    }

}
