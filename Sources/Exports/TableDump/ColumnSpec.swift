/// One column of a table dump, as one line of its `<Table>spec.txt` describes it.
public struct ColumnSpec: Hashable, Sendable {
    /// The name to look the column up by: without a leading `#` and without a table qualifier
    /// (`#OldCode` → `OldCode`, `ca_catalog.title_no` → `title_no`).
    public var name: String
    /// The name exactly as the spec writes it.
    public var rawName: String
    public var type: ColumnType
    /// The spec's type word as written (`nvarchar`, `boolean`).
    public var typeName: String
    /// The declared length, where the spec gives a number.
    public var length: Int?
    /// `key unique` stands where a length would.
    public var isUniqueKey: Bool
    /// `index` stands where a length would, or follows it (`128 index`).
    public var isIndexed: Bool
    /// The spec marks the name with `#`. What Libra means by it is not documented; the column is still in the
    /// dump, so it is read like any other and the mark is kept for whoever maps it.
    public var isMarked: Bool

    public init(name: String, rawName: String? = nil, type: ColumnType, typeName: String? = nil, length: Int? = nil,
                isUniqueKey: Bool = false, isIndexed: Bool = false, isMarked: Bool = false) {
        self.name = name
        self.rawName = rawName ?? name
        self.type = type
        self.typeName = typeName ?? type.description
        self.length = length
        self.isUniqueKey = isUniqueKey
        self.isIndexed = isIndexed
        self.isMarked = isMarked
    }
}
