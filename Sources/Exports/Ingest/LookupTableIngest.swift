import MARC
import Workspace

/// What the Libra and BOOK-IT ingests share to read their lookup tables.
protocol LookupTableIngest: AnyObject {
    var tables: TableIngest { get }
    var sink: any IngestSink { get }
    var counts: IngestCounts { get set }
    var codes: CodeUsage { get set }
}

extension LookupTableIngest {
    /// One lookup table: a row without its id is rejected, a second row with the same id is a finding and
    /// is stored too (the mapping sees both names).
    func lookup(_ table: String, _ kind: LookupKind, id column: String, columns: [String],
                entry: @escaping (TableRow) -> (name: String?, attributes: [String: String])) throws {
        try tables.read(table, columns: [column] + columns, counts: &counts) { row, location in
            guard let code = row.id(column) else { return .rejected("the row has no \(column)") }
            if self.codes.isDefined(kind, code) {
                try self.sink.add(Finding(.warning, "lookup.duplicate-code",
                                          "\(table) defines \(column) \(code) a second time; both rows are kept for the mapping",
                                          at: location))
            }
            self.codes.define(kind, code)
            let (name, attributes) = entry(row)
            try self.sink.add(LookupEntry(kind: kind, code: code, name: name, attributes: attributes))
            return .stored
        }
    }

    /// The attributes that have a value.
    static func attributes(_ values: [String: String?]) -> [String: String] { values.compactMapValues { $0 } }
}
