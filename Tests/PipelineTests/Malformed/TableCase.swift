import Exports
import Foundation
import MARC
import Testing

/// One malformed Libra or BOOK-IT export: a small good export with some files replaced or removed, what the
/// ingest must say (findings at the dump's line), and how many copies it still stores.
struct TableCase: Sendable, CustomTestStringConvertible {
    var name: String
    var system: BatchFile.System
    /// Files replacing the base export's (nil removes the file).
    var files: [String: [UInt8]?]
    var expected: [Expectation]
    /// Copies stored, or nil when the ingest fails.
    var items: Int?
    var knownIssue: String?

    var testDescription: String { "\(system.rawValue): \(name)" }

    func run(sourceLocation: SourceLocation = #_sourceLocation) throws {
        var all = system == .libra ? LibraExport.base : BookItExport.base
        for (name, bytes) in files { all[name] = bytes }
        let ingest = try MalformedIngest(files: all.compactMapValues { $0 }, system: system)
        ingest.verify(expected, kind: .tables, sourceLocation: sourceLocation)
        if let items, ingest.error == nil {
            let copies = ingest.counts.first { $0.input == (system == .libra ? "Items" : "CA_COPY") }
            #expect(copies?.stored == items, "copies stored: \(ingest)", sourceLocation: sourceLocation)
        }
        // Every finding from a table names its file and line (a whole-file finding names the file in words).
        for finding in ingest.findings where finding.file?.hasSuffix(".txt") ?? false {
            #expect(finding.line != nil || finding.position != nil, "a table finding without its line: \(ingest)",
                    sourceLocation: sourceLocation)
        }
    }
}

/// A table's layout: `name type [length]` per column, as in `<Table>spec.txt`.
struct TableLayout {
    var columns: [(name: String, type: String, length: Int?)]

    init(_ spec: String) {
        columns = spec.split(separator: " ").map { entry in
            let parts = entry.split(separator: ":").map(String.init)
            return (parts[0], parts[1], parts.count > 2 ? Int(parts[2]) : nil)
        }
    }

    var specLines: [String] { columns.map { ([$0.name, $0.type] + ($0.length.map { [String($0)] } ?? [])).joined(separator: "\t") } }
    var names: [String] { columns.map(\.name) }

    /// A row: values by column name, the rest empty.
    func row(_ values: [String: String], delimiter: String) -> String {
        precondition(values.keys.allSatisfy(names.contains), "\(values.keys)")
        return names.map { values[$0] ?? "" }.joined(separator: delimiter)
    }
}

/// UTF-16LE bytes with a byte order mark, as Libra's sqlcmd dumps are.
func utf16le(_ text: String, bom: Bool = true) -> [UInt8] {
    (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
}

/// Latin-1 bytes, as BOOK-IT's dumps are.
func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) } }
