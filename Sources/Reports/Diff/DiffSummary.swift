import MARC

/// The counts a diff ends with: records by outcome, and copies (952) apart, since CI watches them.
public struct DiffSummary: Sendable, Equatable, Codable {
    public struct Items: Sendable, Equatable, Codable {
        public var added = 0, removed = 0, changed = 0
    }

    public var recordsA = 0, recordsB = 0
    public var added = 0, removed = 0, changed = 0, unchanged = 0
    public var items = Items()
    /// Records that could not be read at all; they are named on standard error and not compared.
    public var unreadableA = 0, unreadableB = 0

    public init() {}

    /// True when the catalogues differ: any record added, removed or changed, or a different number unreadable.
    public var hasDifferences: Bool { added + removed + changed > 0 || unreadableA != unreadableB }

    mutating func count(_ changes: [FieldChange]) {
        for change in changes where change.isItem {
            switch change.kind {
            case .added: items.added += 1
            case .removed: items.removed += 1
            case .changed: items.changed += 1
            }
        }
    }
}

/// One record that differs: only in B (added), only in A (removed), or in both with changes.
public struct RecordDifference: Sendable {
    public enum Status: String, Sendable, Codable { case added, removed, changed }

    public var status: Status
    /// The record's name: the provenance 035 both share, else 001 (003).
    public var id: String
    public var a: RecordLocation?
    public var b: RecordLocation?
    /// Tag by tag, the leader first; for an added or removed record, every field.
    public var changes: [FieldChange]

    public init(status: Status, id: String, a: RecordLocation?, b: RecordLocation?, changes: [FieldChange]) {
        self.status = status
        self.id = id
        self.a = a
        self.b = b
        self.changes = changes
    }
}
