/// Counts over one input: records, unreadable records, encodings found, findings by rule, fields per tag.
public struct RecordStatistics: Sendable {
    public var records = 0
    public var unreadable = 0
    public var encodings: [DetectedEncoding: Int] = [:]
    public var findingsByRule: [String: Int] = [:]
    public var fieldsByTag: [Tag: Int] = [:]
    /// Records in which the tag occurs at least once.
    public var recordsWithTag: [Tag: Int] = [:]

    public init() {}

    public mutating func add(_ result: RecordResult) {
        switch result {
        case .success(let read):
            records += 1
            encodings[read.encoding, default: 0] += 1
            for finding in read.findings { findingsByRule[finding.rule, default: 0] += 1 }
            var seen = Set<Tag>()
            for field in read.record.fields {
                fieldsByTag[field.tag, default: 0] += 1
                if seen.insert(field.tag).inserted { recordsWithTag[field.tag, default: 0] += 1 }
            }
        case .failure:
            unreadable += 1
        }
    }

    /// A plain-text table, sorted so it diffs cleanly.
    public func table(title: String) -> String {
        var lines = ["\(title)", "  records: \(records)", "  unreadable records: \(unreadable)"]
        let encodingText = encodings.sorted { $0.key < $1.key }.map { "\($0.key.displayName) \($0.value)" }
        lines.append("  encodings: " + (encodingText.isEmpty ? "none" : encodingText.joined(separator: ", ")))
        if !findingsByRule.isEmpty {
            lines.append("  findings:")
            for (rule, count) in findingsByRule.sorted(by: { $0.key < $1.key }) { lines.append("    \(rule): \(count)") }
        }
        lines.append("  fields per tag (occurrences, records):")
        for (tag, count) in fieldsByTag.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(tag)  \(count)  \(recordsWithTag[tag] ?? 0)")
        }
        return lines.joined(separator: "\n")
    }
}
