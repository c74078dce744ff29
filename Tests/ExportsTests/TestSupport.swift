import Foundation
import MARC
@testable import Exports

/// `../shared` beside the repository, where the public export layouts live. Tests that need it are disabled,
/// with `SharedExports.absent` as the reason, where it is not there.
enum SharedExports {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory: URL? = {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared/exports")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
    static let absent: Comment = "../shared/exports is not beside the repository: spec corpus test skipped"

    /// Every file in `../shared/exports/*/spec`.
    static func specFiles() throws -> [URL] {
        guard let directory else { return [] }
        var files: [URL] = []
        for system in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            let spec = directory.appendingPathComponent(system).appendingPathComponent("spec")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: spec.path) else { continue }
            files += names.sorted().map { spec.appendingPathComponent($0) }
        }
        return files
    }

    static func spec(_ system: String, _ table: String) throws -> TableSpec {
        try TableSpec(contentsOf: directory!.appendingPathComponent("\(system)/spec/\(table)spec.txt").path)
    }
}

import Testing

/// The chunk sizes every reader test is fed in, so a character or a delimiter split across reads is covered.
let chunkSizes = [1, 2, 3, 7, 64, 4096]

/// Bytes of text in an encoding, with or without a byte order mark.
func encoded(_ text: String, _ encoding: TextEncoding, bom: Bool = false) -> [UInt8] {
    switch encoding {
    case .utf16le:
        return (bom ? [0xFF, 0xFE] : []) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    case .utf16be:
        return (bom ? [0xFE, 0xFF] : []) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    case .utf8, .asciiSoFar:
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    case .latin1:
        return text.unicodeScalars.map { scalar in
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
            return (0x80...0x9F).first { Latin1Text.scalar(UInt8($0)) == scalar }.map { UInt8($0) }!
        }
    }
}

/// A spec from `name:type` pairs (`"Id:int", "Title:varchar:20"`).
func makeSpec(_ table: String = "T", _ columns: String...) -> TableSpec {
    TableSpec(table: table, columns: columns.map { entry in
        let parts = entry.split(separator: ":").map(String.init)
        return ColumnSpec(name: parts[0], type: ColumnType(specWord: parts[1]), typeName: parts[1],
                          length: parts.count > 2 ? Int(parts[2]) : nil)
    })
}

/// Everything a result says, for comparing readings across chunkings.
func describe(_ result: TableDumpResult) -> String {
    switch result {
    case .row(let row):
        "row \(row.rowNumber) line \(row.line) @\(row.byteOffset) \(row.values) \(row.findings.map(\.description))"
    case .rejected(let row):
        "rejected \(row.rowNumber) line \(row.line) @\(row.byteOffset)+\(row.byteLength) \(row.rawText.debugDescription) \(row.values) \(row.findings.map(\.description))"
    }
}

/// Reads a dump in every chunking, expects the same results from each, and returns them with the summary.
func readDump(_ bytes: [UInt8], _ spec: TableSpec, _ format: DumpFormat, file: String = "T.txt",
              sourceLocation: SourceLocation = #_sourceLocation) throws -> ([TableDumpResult], TableDumpSummary) {
    var reference: ([TableDumpResult], TableDumpSummary)?
    for chunkSize in chunkSizes.reversed() {
        var reader = TableDumpReader(source: MemoryInput(bytes, name: file, chunkSize: chunkSize), spec: spec,
                                     format: format)
        let results = try reader.readAll()
        #expect(try reader.next() == nil, sourceLocation: sourceLocation)
        #expect(reader.summary.balances, sourceLocation: sourceLocation)
        if let reference {
            #expect(results.map(describe) == reference.0.map(describe), "chunk size \(chunkSize)",
                    sourceLocation: sourceLocation)
            #expect(reader.summary == reference.1, "chunk size \(chunkSize)", sourceLocation: sourceLocation)
        } else {
            reference = (results, reader.summary)
        }
    }
    return reference!
}
