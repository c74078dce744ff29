import MARC

/// The ordered columns of one table dump, read from its `<Table>spec.txt`.
public struct TableSpec: Hashable, Sendable {
    /// The table's name: the spec file's name without `spec.txt` (`Itemsspec.txt` → `Items`).
    public var table: String
    /// The spec file, for errors.
    public var file: String
    public private(set) var columns: [ColumnSpec]
    /// Column positions by name, exact first, then case-folded (first of equal names wins).
    private var positions: [String: Int]

    public init(table: String, file: String? = nil, columns: [ColumnSpec]) {
        self.table = table
        self.file = file ?? "\(table)spec.txt"
        self.columns = columns
        var positions: [String: Int] = [:]
        for (index, column) in columns.enumerated() {
            if positions[column.name] == nil { positions[column.name] = index }
        }
        for (index, column) in columns.enumerated() {
            let folded = Self.folded(column.name)
            if positions[folded] == nil { positions[folded] = index }
        }
        self.positions = positions
    }

    /// Reads a spec file; the table name comes from the file name.
    public init(contentsOf path: String) throws {
        let bytes: [UInt8]
        do { bytes = try ByteInput(path: path).readAll() } catch {
            throw ExportsError.cannotRead(file: path, reason: "\(error)")
        }
        self = try TableSpec.parse(bytes, file: path)
    }

    /// The position of a column by name: exact, else ignoring case, else nil.
    public func index(of name: String) -> Int? {
        positions[name] ?? positions[Self.folded(name)]
    }

    public subscript(name: String) -> ColumnSpec? { index(of: name).map { columns[$0] } }

    /// Throws unless every named column is in the spec: call it once before reading, so a mistyped or
    /// missing column stops the run instead of reading as empty on every row.
    public func require(_ names: String...) throws {
        let missing = names.filter { index(of: $0) == nil }
        guard missing.isEmpty else { throw ExportsError.missingColumns(file: file, columns: missing) }
    }

    private static func folded(_ name: String) -> String { "\u{0}" + name.lowercased() }
}
