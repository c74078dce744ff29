import Workspace

/// One mapping file: for one municipality and one kind of code, what each code becomes in Koha. A TSV a
/// librarian edits in a spreadsheet or an editor: comment lines are kept, filled values are never overwritten.
public struct MappingTable: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var code: String
        public var name: String
        public var items: Int
        /// Koha values by column name; empty string when not filled.
        public var targets: [String: String]
        public var note: String
        /// The librarian's comment lines just above this row.
        public var comments: [String] = []

        public init(code: String, name: String, items: Int, targets: [String: String] = [:], note: String = "", comments: [String] = []) {
            self.code = code
            self.name = name
            self.items = items
            self.targets = targets
            self.note = note
            self.comments = comments
        }

        /// Filled when any Koha column has a value (`-` counts: it says "nothing" on purpose).
        public var isFilled: Bool { targets.values.contains { !$0.isEmpty } }
    }

    public static let defaultCode = "_DEFAULT_"

    public var kind: MappingKind
    public var municipality: String
    public var rows: [Row]
    /// Comment lines after the last row.
    public var trailingComments: [String] = []

    public init(kind: MappingKind, municipality: String, rows: [Row], trailingComments: [String] = []) {
        self.kind = kind
        self.municipality = municipality
        self.rows = rows
        self.trailingComments = trailingComments
    }

    public var columns: [String] { ["code", "name", "items"] + MappingColumns.targets(for: kind) + ["note"] }

    /// The row for `code`, or the filled `_DEFAULT_` row; nil when the code is unmapped.
    public func mapping(for code: String) -> Row? {
        if let row = rows.first(where: { $0.code == code }), row.isFilled { return row }
        if let fallback = rows.first(where: { $0.code == MappingTable.defaultCode }), fallback.isFilled { return fallback }
        return nil
    }

    /// Codes with items whose row is missing or unfilled (and no filled `_DEFAULT_` covers them).
    public var unfilled: [Row] {
        rows.filter { $0.code != MappingTable.defaultCode && $0.items > 0 && mapping(for: $0.code) == nil }
    }
}
