import Foundation
import MARC
@testable import Exports

/// An export folder built in a temporary directory, file by file in the real layouts: Libra tables in
/// UTF-16LE with a BOM, CRLF and two header rows (names, then dashes, as sqlcmd writes them); BOOK-IT tables
/// in Latin-1 with `|`, `\` escapes and one header row; catalogues through the MARC writers.
final class ExportFixture {
    /// A dump row: values by column name (the rest empty), or a line written as it stands.
    enum Row {
        case values([String: String])
        case raw(String)
    }

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-adapters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var path: String { folder.path }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    /// The spec as the fixture writes it, parsed back the way the adapter reads it.
    static func spec(_ table: String, lines: [String], encoding: TextEncoding) throws -> TableSpec {
        try TableSpec.parse(specBytes(lines, encoding), file: "\(table)spec.txt")
    }

    static func specBytes(_ lines: [String], _ encoding: TextEncoding) -> [UInt8] {
        encoding == .utf16le ? encoded(lines.map { $0 + "\r\n" }.joined(), .utf16le, bom: true)
            : Array(lines.map { $0 + "\n" }.joined().utf8)
    }

    /// A Libra table and its spec.
    func libra(_ table: String, _ rows: [Row]) throws {
        let lines = SpecColumns.libra[table]!
        try write("\(table)spec.txt", Self.specBytes(lines, .utf16le))
        let spec = try Self.spec(table, lines: lines, encoding: .utf16le)
        let names = spec.columns.map(\.rawName)
        var text = names.joined(separator: "\t") + "\r\n"
            + names.map { String(repeating: "-", count: $0.count) }.joined(separator: "\t") + "\r\n"
        for row in rows { text += line(row, spec, delimiter: "\t", escape: Self.libraQuoted) + "\r\n" }
        try write("\(table).txt", encoded(text, .utf16le, bom: true))
    }

    /// A BOOK-IT table and its spec.
    func bookit(_ table: String, _ rows: [Row]) throws {
        let lines = SpecColumns.bookit[table]!
        try write("\(table)spec.txt", Self.specBytes(lines, .utf8))
        let spec = try Self.spec(table, lines: lines, encoding: .utf8)
        var text = spec.columns.map(\.rawName).joined(separator: "|") + "\n"
        for row in rows { text += line(row, spec, delimiter: "|", escape: Self.bookitEscaped) + "\n" }
        try write("\(table).txt", encoded(text, .latin1))
    }

    /// Records through a MARC writer of `format`.
    func catalogue(_ name: String, _ records: [Record], format: MARCFormat = .iso2709, append extra: [UInt8] = []) throws {
        let path = folder.appendingPathComponent(name).path
        var writer = format.writer(to: try ByteOutput(path: path))!
        for record in records { try writer.write(record) }
        try writer.finish()
        if !extra.isEmpty {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(extra))
            try handle.close()
        }
    }

    private func line(_ row: Row, _ spec: TableSpec, delimiter: String, escape: (String) -> String) -> String {
        switch row {
        case .raw(let text): return text
        case .values(let values):
            precondition(values.keys.allSatisfy { spec.index(of: $0) != nil }, "\(spec.table): \(values.keys.sorted())")
            return spec.columns.map { escape(values[$0.name] ?? "") }.joined(separator: delimiter)
        }
    }

    /// Libra: a value with a tab, quote or line break goes in quotes, its quotes doubled.
    static func libraQuoted(_ value: String) -> String {
        guard value.contains(where: { "\t\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// BOOK-IT: a backslash before every delimiter, quote, backslash and line break.
    static func bookitEscaped(_ value: String) -> String {
        var text = ""
        for character in value {
            if "|\"\\\n".contains(character) { text.append("\\") }
            text.append(character)
        }
        return text
    }
}

/// A record from a leader and `tag value` / `tag ind $a… $b…` lines, for readable fixtures.
func makeRecord(_ fields: [String]) -> Record { makeRecord("00000nam a2200000 i 4500", fields) }

func makeRecord(_ leader: String, _ fields: [String]) -> Record {
    var record = Record(leader: Leader(leader)!)
    for line in fields {
        let tag = Tag(String(line.prefix(3)))!
        let rest = String(line.dropFirst(4))
        if tag.isControlField {
            record.append(Field(tag: tag, value: rest))
        } else {
            let indicators = String(rest.prefix(2))
            let subfields = rest.dropFirst(2).split(separator: "$", omittingEmptySubsequences: true).map { part in
                Subfield(part.first!, String(part.dropFirst()).trimmingCharacters(in: .whitespaces))
            }
            record.append(Field(tag: tag, indicators: indicators, subfields: subfields))
        }
    }
    return record
}
