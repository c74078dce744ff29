import MARC

/// One thing the Koha rules changed in a record, for the report: which rule, which field, and in words.
public struct KohaRecordChange: Hashable, Sendable, CustomStringConvertible {
    /// The rule that made the change.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// 942 `$c`, the record's default item type.
        case itemType = "item-type"
        /// 999, Koha's own record ids, removed.
        case kohaIDs = "koha-ids"
        /// 001/003 and the 035 that keeps the source's number.
        case controlNumber = "control-number"
        /// `$9` removed from a 1XX, 6XX or 7XX.
        case authorityLinks = "authority-links"
        /// Libra's local subject terms (976) moved to 653.
        case localSubjects = "local-subjects"
        /// A field whose tag is on the drop list, removed.
        case droppedField = "dropped-field"
        /// Leader/09 set to `a` (UCS/Unicode).
        case characterCoding = "character-coding"
        /// A `$w` pointed at the surviving record.
        case link = "link"
    }

    public var rule: Rule
    /// The field changed, added or removed (`LDR` stands for the leader).
    public var tag: Tag
    /// What happened, in words a cataloguer understands.
    public var message: String

    public init(_ rule: Rule, _ tag: Tag, _ message: String) {
        self.rule = rule
        self.tag = tag
        self.message = message
    }

    public var description: String { "\(rule.rawValue) \(tag): \(message)" }
}

/// A record as Koha should import it, with every change the rules made to get there.
public struct KohaPreparedRecord: Hashable, Sendable {
    public var record: Record
    public var changes: [KohaRecordChange]

    public init(record: Record, changes: [KohaRecordChange]) {
        self.record = record
        self.changes = changes
    }
}
