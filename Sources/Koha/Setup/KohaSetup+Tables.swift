import MARC

extension KohaSetup {
    /// The Koha tables the setup fills, in the order the SQL writes them.
    public enum Table: String, Hashable, Sendable, CaseIterable {
        case branches
        case itemTypes = "itemtypes"
        case authorisedValues = "authorised_values"
        case classSources = "class_sources"

        /// The columns written, key columns first.
        public var columns: [String] {
            switch self {
            case .branches: ["branchcode", "branchname"]
            case .itemTypes: ["itemtype", "description"]
            case .authorisedValues: ["category", "authorised_value", "lib"]
            case .classSources: ["cn_source", "description", "used", "class_sort_rule", "class_split_rule"]
            }
        }

        /// How many leading columns make the unique key: the rest are updated when the key exists.
        var keyColumnCount: Int { self == .authorisedValues ? 2 : 1 }
    }

    /// One cell: text (quoted in SQL) or a number (written bare).
    enum Cell: Hashable {
        case text(String)
        case number(Int)

        var text: String {
            switch self {
            case .text(let text): text
            case .number(let number): String(number)
            }
        }
    }

    /// The table's rows as written: text in NFC, sorted by key, a row given twice written once.
    func rows(_ table: Table) -> [[Cell]] {
        let rows: [[Cell]]
        switch table {
        case .branches:
            rows = branches.map { [.text($0.code), .text($0.name)] }
        case .itemTypes:
            rows = itemTypes.map { [.text($0.code), .text($0.description)] }
        case .authorisedValues:
            rows = authorisedValues.sorted { SortKey($0) < SortKey($1) }
                .map { [.text($0.category.rawValue), .text($0.value), .text($0.description)] }
        case .classSources:
            rows = classificationSources.map {
                [.text($0.code), .text($0.description), .number(1), .text($0.sortRule), .text($0.splitRule)]
            }
        }
        var seen: Set<[Cell]> = []
        let unique = rows.map { $0.map(\.normalised) }.filter { seen.insert($0).inserted }
        // Authorised values are already in SortKey order (numeric within a category); the others sort by text.
        if table == .authorisedValues { return unique }
        return unique.sorted { left, right in
            left.map(\.text).lexicographicallyPrecedes(right.map(\.text)) {
                $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
            }
        }
    }
}

extension KohaSetup.Cell {
    var normalised: Self {
        if case .text(let text) = self { return .text(NFC.normalize(text)) }
        return self
    }
}
