import MARC

/// One difference within a record, each side as the line `LineMARCWriter` writes (`=245  10$aTitel`).
public struct FieldChange: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case added, removed, changed }

    /// `LDR` or the field's tag.
    public var tag: String
    public var kind: Kind
    public var old: String?
    public var new: String?

    public init(tag: String, kind: Kind, old: String?, new: String?) {
        self.tag = tag
        self.kind = kind
        self.old = old
        self.new = new
    }

    /// True for a copy (952), which the summary counts apart.
    public var isItem: Bool { tag == "952" }
}

/// Two records compared field by field: the leader (without length and base address), then tag by tag in tag
/// order, each tag's fields in record order (`FieldAlignment`). The order of fields across tags is not
/// compared; within a tag it is. Ignored tags (`DiffSettings`) are left out.
public enum RecordDiff {
    public static func changes(from old: Record, to new: Record, settings: DiffSettings = DiffSettings()) -> [FieldChange] {
        var changes: [FieldChange] = []
        if let a = settings.comparedLeader(of: old), let b = settings.comparedLeader(of: new), a != b {
            changes.append(FieldChange(tag: "LDR", kind: .changed, old: LineMARCWriter.line(old.leader),
                                       new: LineMARCWriter.line(new.leader)))
        }
        let oldByTag = Dictionary(grouping: settings.comparedFields(of: old), by: \.tag)
        let newByTag = Dictionary(grouping: settings.comparedFields(of: new), by: \.tag)
        for tag in Set(oldByTag.keys).union(newByTag.keys).sorted() {
            for step in FieldAlignment.align(oldByTag[tag] ?? [], newByTag[tag] ?? []) {
                changes.append(change(step, tag: tag.description))
            }
        }
        return changes
    }

    /// Every compared field of a record only one catalogue has, as added or removed.
    public static func whole(_ record: Record, _ kind: FieldChange.Kind, settings: DiffSettings = DiffSettings()) -> [FieldChange] {
        var lines: [(tag: String, line: String)] = []
        if !settings.ignoresLeader { lines.append(("LDR", LineMARCWriter.line(record.leader))) }
        lines += settings.comparedFields(of: record).map { ($0.tag.description, LineMARCWriter.line($0)) }
        return lines.map { FieldChange(tag: $0.tag, kind: kind, old: kind == .removed ? $0.line : nil,
                                       new: kind == .added ? $0.line : nil) }
    }

    private static func change(_ step: FieldAlignment.Step, tag: String) -> FieldChange {
        switch step {
        case .changed(let a, let b): FieldChange(tag: tag, kind: .changed, old: LineMARCWriter.line(a), new: LineMARCWriter.line(b))
        case .removed(let a): FieldChange(tag: tag, kind: .removed, old: LineMARCWriter.line(a), new: nil)
        case .added(let b): FieldChange(tag: tag, kind: .added, old: nil, new: LineMARCWriter.line(b))
        }
    }
}
