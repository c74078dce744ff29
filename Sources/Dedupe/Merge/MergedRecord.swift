import MARC

/// The record a cluster becomes, and what the merge could not carry over.
public struct MergedRecord: Sendable, Equatable {
    /// The survivor's record with the other members' numbers, subjects and links added, fields in tag order.
    public var record: Record
    public var survivorID: Int64
    /// Fields of other members that the merged record lacks (`RecordMerge`'s lacks rule), for a cataloguer.
    public var lacks: [MissingField]
    /// Under `RecordMerge.LinkPolicy.drop`: other members' 856 links the survivor does not carry.
    public var droppedLinks: [MissingField]
    /// 020s added from other members.
    public var addedISBNs: Int
    /// 035s added: one per member's provenance, and other members' numbers.
    public var addedSystemNumbers: Int
    /// 6XX added from other members.
    public var addedSubjects: Int
    /// 856s added from other members (under `.mark`).
    public var addedLinks: Int
}

/// A field of one member that did not go into the merged record.
public struct MissingField: Sendable, Hashable, Codable {
    /// The member's record id.
    public var memberID: Int64
    /// The member's provenance, `(hjo-libra)10004`.
    public var provenance: String
    public var tag: String
    /// The field in line form (`FieldText.line`): `=500  \\$aOriginalupplaga 1990.`
    public var text: String

    public init(memberID: Int64, provenance: String, tag: String, text: String) {
        self.memberID = memberID
        self.provenance = provenance
        self.tag = tag
        self.text = text
    }

    init(_ member: MergeMember, _ field: Field) {
        self.init(memberID: member.id, provenance: member.provenance, tag: field.tag.description,
                  text: FieldText.line(field))
    }
}
