import Foundation

/// CSV as spreadsheets write and read it (RFC 4180): cells quoted when they hold the delimiter, a quote or a
/// line break. Files people saved from a spreadsheet are read leniently: a byte-order mark is skipped, text
/// that is not UTF-8 is read as Windows Latin-1, and `;` is the delimiter when the header uses it (as Excel
/// does in Swedish).
public enum CSV {
    public static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\n" }

    /// The file's text: UTF-8 without its byte-order mark, or Latin-1 when it is not UTF-8.
    public static func text(ofFile path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1) ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Rows with the line each starts on (1-based); a quoted cell may span lines. Blank lines are skipped.
    public static func rows(_ text: String) -> [(line: Int, cells: [String])] {
        let characters = Array(text)
        let header = characters.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Character = header.contains(";") && !header.contains(",") ? ";" : ","
        var rows: [(line: Int, cells: [String])] = []
        var cells: [String] = [], cell = ""
        var line = 1, rowLine = 1, index = 0
        func endCell() { cells.append(cell); cell = "" }
        func endRow() {
            endCell()
            if cells.count > 1 || !cells[0].isEmpty { rows.append((rowLine, cells)) }
            cells = []
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\"" where cell.isEmpty:
                // A quoted cell: up to the quote that is not doubled.
                while index < characters.count {
                    let next = characters[index]
                    index += 1
                    if next == "\"" {
                        guard index < characters.count, characters[index] == "\"" else { break }
                        index += 1
                    }
                    if next == "\n" || next == "\r\n" || next == "\r" { line += 1 }
                    cell.append(next)
                }
            case delimiter: endCell()
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
                rowLine = line
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
