import Foundation
import Workspace

extension MappingTable {
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case missingHeader(file: String)
        case missingColumn(file: String, column: String)
        case duplicateCode(file: String, line: Int, code: String)
        case invalidAction(file: String, line: Int, value: String)

        public var description: String {
            switch self {
            case let .missingHeader(file): "\(file): no header line (code, name, items …) was found."
            case let .missingColumn(file, column): "\(file): the header has no column '\(column)'. Regenerate with `samkat mappings init`; filled values are kept."
            case let .duplicateCode(file, line, code): "\(file) line \(line): code '\(code)' has a row already. Keep one."
            case let .invalidAction(file, line, value): "\(file) line \(line): action '\(value)' is not one of \(MappingColumns.actions.joined(separator: ", "))."
            }
        }
    }

    /// Reads a mapping file. Columns are found by header name, so a librarian may reorder or add columns.
    public static func parse(_ text: String, kind: MappingKind, municipality: String, file: String) throws -> MappingTable {
        var table = MappingTable(kind: kind, municipality: municipality, rows: [])
        var header: [String]?
        var comments: [String] = []
        var seen = Set<String>()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.hasPrefix("#|") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("#") { comments.append(line); continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let columns = header else {
                header = cells
                for required in table.columns where !cells.contains(required) {
                    throw ParseError.missingColumn(file: file, column: required)
                }
                continue
            }
            func cell(_ name: String) -> String {
                guard let position = columns.firstIndex(of: name), position < cells.count else { return "" }
                return cells[position]
            }
            let code = cell("code")
            guard seen.insert(code).inserted else { throw ParseError.duplicateCode(file: file, line: index + 1, code: code) }
            var targets: [String: String] = [:]
            for column in MappingColumns.targets(for: kind) { targets[column] = cell(column) }
            if kind == .status || kind == .stock, let action = targets["action"], !action.isEmpty, action != "-", !MappingColumns.actions.contains(action) {
                throw ParseError.invalidAction(file: file, line: index + 1, value: action)
            }
            table.rows.append(Row(code: code, name: cell("name"), items: Int(cell("items")) ?? 0, targets: targets, note: cell("note"), comments: comments))
            comments = []
        }
        guard header != nil else { throw ParseError.missingHeader(file: file) }
        table.trailingComments = comments
        return table
    }

    /// The file's text: the preamble, the header, then each row under its comments.
    public func render() -> String {
        var lines = MappingColumns.preamble(for: kind, municipality: municipality)
        lines.append(columns.joined(separator: "\t"))
        for row in rows {
            lines.append(contentsOf: row.comments)
            let cells = [row.code, row.name, String(row.items)] + MappingColumns.targets(for: kind).map { row.targets[$0] ?? "" } + [row.note]
            lines.append(cells.map(MappingTable.clean).joined(separator: "\t"))
        }
        lines.append(contentsOf: trailingComments)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Numeric codes in numeric order ("9" before "10"), others as text.
    static func codeOrder(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b) { return x < y }
        return a < b
    }

    /// Tabs and line breaks inside a cell would break the file.
    private static func clean(_ cell: String) -> String {
        String(cell.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// The same table refreshed from the export: every code with its current name and item count, most used
    /// first; filled values, notes and comments kept; codes the export no longer uses kept (with 0 items) so
    /// nothing a librarian wrote is lost. A `_DEFAULT_` row is always there.
    public func refreshed(with codes: [(code: String, name: String, items: Int)]) -> MappingTable {
        var byCode = Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var fresh: [Row] = []
        for entry in codes {
            var row = byCode.removeValue(forKey: entry.code) ?? Row(code: entry.code, name: entry.name, items: 0)
            row.name = entry.name
            row.items = entry.items
            fresh.append(row)
        }
        for (_, var row) in byCode where row.code != MappingTable.defaultCode {
            row.items = 0
            fresh.append(row)
        }
        fresh.sort { $0.items != $1.items ? $0.items > $1.items : MappingTable.codeOrder($0.code, $1.code) }
        fresh.append(byCode[MappingTable.defaultCode] ?? Row(code: MappingTable.defaultCode, name: "(any code without a row)", items: 0))
        return MappingTable(kind: kind, municipality: municipality, rows: fresh, trailingComments: trailingComments)
    }
}
