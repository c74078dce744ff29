/// One line of a `<Table>spec.txt`: column name, type, and a length where the layout gives one (for some
/// columns `key unique` or `128 index`, as written).
struct SpecColumn {
    let name: String
    let type: String
    let length: String?

    init(_ name: String, _ type: String, _ length: String? = nil) {
        self.name = name
        self.type = type
        self.length = length
    }

    /// The line as a spec file writes it: name, tab, type, and a tab and the length where there is one.
    var specLine: String { ([name, type] + (length.map { [$0] } ?? [])).joined(separator: "\t") }
}

/// The tables the generator writes, by system (`ExportSpecs+Libra.swift`, `ExportSpecs+BookIt.swift`).
enum ExportSpecs {}
