import MARC

/// The diff for people and CI logs:
/// ```
/// records: 3 in A, 3 in B; 1 added, 1 removed, 1 changed, 0 unchanged; items: 1 added, 0 removed, 0 changed
///
/// changed (hjo-libra)10004 — A: a.xml record 1, B: b.xml record 1
///   245 changed
///     - =245  10$aGammal titel
///     + =245  10$aNy titel
///   952 added
///     + =952  \\$aHJO$bHJO$pH0001
///
/// removed (hjo-libra)10009 — A: a.xml record 3
///   - =LDR  00000nam\a2200000\i\4500
///   - =001  10009
/// ```
/// Lines are the line-MARC writer's (`LineMARCWriter`), so a value can be pasted into a `.txt` record as is.
public struct DiffTextWriter: DiffWriter {
    private let output: ByteOutput
    private let body: DeferredOutput?

    public init(output: ByteOutput, summaryOnly: Bool = false) throws {
        self.output = output
        body = summaryOnly ? nil : try DeferredOutput()
    }

    public mutating func write(_ difference: RecordDifference) throws {
        guard let body else { return }
        try body.write("\n" + DiffTextWriter.text(difference))
    }

    public mutating func finish(_ summary: DiffSummary) throws {
        try output.write(DiffTextWriter.summaryLine(summary) + "\n")
        try body?.copy(to: output)
        try output.close()
    }

    public static func summaryLine(_ s: DiffSummary) -> String {
        var line = "records: \(s.recordsA) in A, \(s.recordsB) in B; \(s.added) added, \(s.removed) removed, "
            + "\(s.changed) changed, \(s.unchanged) unchanged; "
            + "items: \(s.items.added) added, \(s.items.removed) removed, \(s.items.changed) changed"
        if s.unreadableA + s.unreadableB > 0 { line += "; unreadable: \(s.unreadableA) in A, \(s.unreadableB) in B" }
        return line
    }

    /// One record's block, ending with a line end.
    public static func text(_ difference: RecordDifference) -> String {
        var places: [String] = []
        if let a = difference.a { places.append("A: \(a.file) record \(a.recordNumber)") }
        if let b = difference.b { places.append("B: \(b.file) record \(b.recordNumber)") }
        var text = "\(difference.status.rawValue) \(difference.id) — \(places.joined(separator: ", "))\n"
        guard difference.status == .changed else {
            for change in difference.changes { text += "  " + lines(change).joined(separator: "\n  ") + "\n" }
            return text
        }
        var heading: (String, FieldChange.Kind)?
        for change in difference.changes {
            if heading.map({ $0 != (change.tag, change.kind) }) ?? true {
                heading = (change.tag, change.kind)
                text += "  \(change.tag) \(change.kind.rawValue)\n"
            }
            for line in lines(change) { text += "    \(line)\n" }
        }
        return text
    }

    private static func lines(_ change: FieldChange) -> [String] {
        [change.old.map { "- \($0)" }, change.new.map { "+ \($0)" }].compactMap { $0 }
    }
}
