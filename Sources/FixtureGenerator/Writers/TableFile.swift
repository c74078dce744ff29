import MARC

/// One table dump and its spec file, written as the source system writes them.
///
/// Libra: UTF-16LE with a byte order mark, tab-separated, CRLF, `"` quotes (doubled inside), two header rows —
/// the column names, then dashes under each name, as SQL Server's sqlcmd writes. BOOK-IT: Latin-1,
/// `|`-separated, LF, `"` quotes and `\` escapes, one header row with the column names.
final class TableFile {
    let system: Municipality.System
    let columns: [SpecColumn]
    private let output: ByteOutput
    private var positions: [String: Int] = [:]
    private var bytes: [UInt8] = []
    /// Data rows written (the broken ones included), so `broken.tsv` can name a row by its number.
    private(set) var rowsWritten = 0

    init(folder: String, table: String, system: Municipality.System) throws {
        self.system = system
        columns = (system == .libra ? ExportSpecs.libra : ExportSpecs.bookit)[table]!
        for (index, column) in columns.enumerated() where positions[column.name] == nil { positions[column.name] = index }
        try TableFile.writeSpec(folder: folder, table: table, columns: columns, system: system)
        output = try ByteOutput(path: "\(folder)/\(table).txt")
        if system == .libra { bytes.append(contentsOf: UTF16LE.byteOrderMark) }
        writeLine(columns.map(\.name), quoting: false)
        if system == .libra { writeLine(columns.map { String(repeating: "-", count: $0.name.count) }, quoting: false) }
    }

    /// An empty row for this table, to fill by column name.
    func row() -> TableRowValues { TableRowValues(count: columns.count, positions: positions) }

    func write(_ row: TableRowValues) throws { try writeValues(row.values) }

    /// Writes values as they are: a broken row may have more or fewer than the spec's columns.
    func writeValues(_ values: [String]) throws {
        rowsWritten += 1
        writeLine(values, quoting: true)
        if bytes.count > 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        try output.close()
    }

    private func flush() throws {
        try output.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private func writeLine(_ values: [String], quoting: Bool) {
        var line = ""
        let delimiter = system == .libra ? "\t" : "|"
        for (index, value) in values.enumerated() {
            if index > 0 { line += delimiter }
            line += quoting ? quoted(value) : value
        }
        line += system == .libra ? "\r\n" : "\n"
        if system == .libra { UTF16LE.encode(line, into: &bytes) } else { Latin1.encode(line, into: &bytes) }
    }

    private func quoted(_ value: String) -> String {
        switch system {
        case .libra:
            guard value.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\r\n" || $0 == "\n" }) else { return value }
            return "\"" + value.replacingAll("\"", "\"\"") + "\""
        case .bookit:
            guard value.contains(where: { $0 == "|" || $0 == "\\" || $0 == "\"" || $0 == "\n" }) else { return value }
            var escaped = ""
            for character in value {
                if character == "|" || character == "\\" || character == "\"" || character == "\n" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }
    }

    /// `<Table>spec.txt`: name, tab, type, and a tab and the length where there is one. Libra: UTF-16LE with a
    /// byte order mark and CRLF; BOOK-IT: ASCII and LF.
    static func writeSpec(folder: String, table: String, columns: [SpecColumn], system: Municipality.System) throws {
        let output = try ByteOutput(path: "\(folder)/\(table)spec.txt")
        var bytes: [UInt8] = system == .libra ? UTF16LE.byteOrderMark : []
        for column in columns {
            let text = column.specLine + (system == .libra ? "\r\n" : "\n")
            if system == .libra { UTF16LE.encode(text, into: &bytes) } else { bytes.append(contentsOf: text.utf8) }
        }
        try output.write(bytes)
        try output.close()
    }
}

/// The values of one row, set by column name; unset columns are empty.
struct TableRowValues {
    var values: [String]
    let positions: [String: Int]

    init(count: Int, positions: [String: Int]) {
        values = Array(repeating: "", count: count)
        self.positions = positions
    }

    subscript(column: String) -> String {
        get { values[positions[column]!] }
        set { values[positions[column]!] = newValue }
    }
}

extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
