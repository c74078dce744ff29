import MARC

/// What a catalogue diff leaves out of the comparison. Pairing is never affected: an ignored 035 still pairs.
public struct DiffSettings: Sendable {
    /// Tags whose fields are not compared (`005`, which changes at every run).
    public var ignoredTags: Set<Tag>
    /// True when the leader is not compared (`--ignore LDR`).
    public var ignoresLeader: Bool

    public init(ignoredTags: Set<Tag> = [], ignoresLeader: Bool = false) {
        self.ignoredTags = ignoredTags
        self.ignoresLeader = ignoresLeader
    }

    /// Settings from `--ignore` values: three-character tags, or `LDR` for the leader.
    public init(ignoring names: [String]) throws(DiffError) {
        self.init()
        for name in names {
            if name.uppercased() == "LDR" {
                ignoresLeader = true
            } else if name.utf8.count == 3, let tag = Tag(name) {
                ignoredTags.insert(tag)
            } else {
                throw .badIgnoredTag(name)
            }
        }
    }

    /// The fields compared: every field whose tag is not ignored, in record order.
    func comparedFields(of record: Record) -> [Field] {
        ignoredTags.isEmpty ? record.fields : record.fields.filter { !ignoredTags.contains($0.tag) }
    }

    /// The leader as compared: without the record length (00–04) and base address (12–16), which each writer
    /// computes for its own format.
    func comparedLeader(of record: Record) -> [UInt8]? {
        guard !ignoresLeader else { return nil }
        var bytes = record.leader.bytes
        for position in Array(0...4) + Array(12...16) { bytes[position] = 0x30 }
        return bytes
    }
}
