import MARC

/// Two records side by side for a cataloguer's review, one row per aligned pair of fields.
///
/// Fields are aligned tag by tag, tags ascending (`RecordComparison+Alignment`). 001, 003 and 005 (the
/// records' own ids and timestamps), 852 (the library's own holdings) and 9XX (local fields) are left out;
/// the leader is not compared.
///
/// Two fields are the same when their folded content is (`comparisonKey`): data fields by their subfield codes
/// and values folded by `TextFold`, so case, punctuation (ISBD's ` : `, ` / `, a closing `.`), spacing and
/// diacritics other than å, ä and ö make no difference, and neither do the indicators; control fields (008)
/// only when their values are equal character for character, since there every position is a code.
public struct RecordComparison: Sendable, Codable, Equatable {
    public enum Mark: String, Sendable, Codable, CaseIterable {
        case same
        case differs
        case onlyFirst = "only-first"
        case onlySecond = "only-second"
    }

    /// One aligned pair of fields, each shown readably (`$a Häxan : $b roman`); nil for the side without one.
    public struct Row: Sendable, Codable, Equatable {
        public var tag: String
        public var mark: Mark
        public var first: String?
        public var second: String?

        public init(tag: String, mark: Mark, first: String?, second: String?) {
            self.tag = tag
            self.mark = mark
            self.first = first
            self.second = second
        }
    }

    public var rows: [Row]
    /// The differences in one line for a CSV cell: `250: 2. uppl. | —; 300: 320 s. | 318 s.`, each side as
    /// its plain values (`FieldText.plain`) cut at `summaryWidth` characters, `—` for the side without the
    /// field. Empty when the records do not differ.
    public var summary: String

    public init(_ first: Record, _ second: Record) {
        let aligned = RecordComparison.align(first, second)
        rows = aligned.map(\.row)
        summary = aligned.filter { $0.row.mark != .same }.map { pair in
            "\(pair.row.tag): \(RecordComparison.cut(pair.first)) | \(RecordComparison.cut(pair.second))"
        }.joined(separator: "; ")
    }

    /// The rows that are not `same`.
    public var differences: [Row] { rows.filter { $0.mark != .same } }

    /// How many characters of a value the summary shows before `…`.
    public static let summaryWidth = 60

    /// Tags left out of the comparison: 001, 003, 005, 852 and 9XX.
    public static func isIgnored(_ tag: Tag) -> Bool {
        tag == "001" || tag == "003" || tag == "005" || tag == "852" || (tag >= "900" && tag <= "999")
    }

    /// What two fields must share to be the same (see the type's documentation).
    public static func comparisonKey(_ field: Field) -> String {
        field.foldedContent()
    }

    private static func cut(_ field: Field?) -> String {
        guard let text = field.map(FieldText.plain) else { return "—" }
        return text.count > summaryWidth ? String(text.prefix(summaryWidth)) + "…" : text
    }
}
