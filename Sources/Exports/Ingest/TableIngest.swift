import Foundation
import MARC
import Workspace

/// Reads the table dumps of one export folder against their specs and hands every row to an adapter's
/// closure. It keeps the ledger: rows the reader could not match to the spec and rows the adapter could not
/// use become `RejectedInput` with their text, every value finding goes to the sink, and each table gets its
/// `IngestCounts.Input` (read = stored + rejected + set aside).
struct TableIngest {
    let folder: ExportFolder
    let format: DumpFormat
    let sink: any IngestSink

    /// Reads `<table>.txt` beside `<table>spec.txt`. An absent optional table is a finding and reads as
    /// `false`; an absent required one, or a dump without its spec, throws. `columns` are checked against the
    /// spec before the first row, so a spec that lacks one stops the run instead of reading empty values.
    @discardableResult
    func read(_ table: String, required: Bool = false, columns: [String], counts: inout IngestCounts,
              _ handle: (TableRow, RecordLocation) throws -> RowOutcome) throws -> Bool {
        guard let dumpName = folder.find("\(table).txt") else {
            if required {
                throw AdapterError.missingFile(folder: folder.path, file: "\(table).txt", reason: "the export cannot be ingested without it")
            }
            try sink.add(Finding(.warning, "export.table-missing",
                                 "\(table).txt is not in the export folder; its rows are missing from this ingest (check the export if the source system has that table)"))
            return false
        }
        guard let specName = folder.find("\(table)spec.txt") else {
            throw AdapterError.missingFile(folder: folder.path, file: "\(table)spec.txt",
                                           reason: "\(dumpName) cannot be read without its column list")
        }
        var spec = try TableSpec(contentsOf: folder.path(of: specName))
        spec.table = table
        try spec.require(columns)
        var reader = TableDumpReader(source: try NamedSource(path: folder.path(of: dumpName), name: dumpName), spec: spec,
                                     format: format)
        var input = IngestCounts.Input(name: table, file: dumpName)
        var unusable = UnusableRows(file: folder.path(of: dumpName))

        while let result = try reader.next() {
            input.read += 1
            unusable.next(startsAt: result.byteOffset)
            switch result {
            case .rejected(let row):
                input.rejected += 1
                for finding in row.findings { try sink.add(finding) }
                let reason = row.findings.first { $0.severity == .error }?.message ?? "the row does not match the spec"
                try sink.add(RejectedInput(entity: table, file: dumpName, position: row.line, byteOffset: row.byteOffset,
                                           reason: reason, raw: Array(row.rawText.utf8)))
            case .row(let row):
                for finding in row.findings { try sink.add(finding) }
                let location = RecordLocation(file: dumpName, recordNumber: row.rowNumber, byteOffset: row.byteOffset,
                                              line: row.line)
                switch try handle(row, location) {
                case .stored: input.stored += 1
                case .setAside(let why): input.setAside[why, default: 0] += 1
                case .rejected(let reason):
                    input.rejected += 1
                    try sink.add(Finding(.error, "table.unusable-row", "\(reason); the row is kept aside with its text", at: location))
                    unusable.keep(line: row.line, byteOffset: row.byteOffset, reason: reason)
                }
            }
        }
        if input.read == 0 {
            try sink.add(Finding(.warning, "table.empty",
                                 "\(dumpName) holds no rows, only its header; check that the export from the source system finished"))
        }
        let encoding = reader.summary.encoding ?? .asciiSoFar
        for row in try unusable.recover(encoding: encoding) {
            try sink.add(RejectedInput(entity: table, file: dumpName, position: row.line, byteOffset: row.byteOffset,
                                       reason: row.reason, raw: Array(row.text.utf8)))
        }
        counts.inputs.append(input)
        return true
    }
}

extension TableSpec {
    func require(_ names: [String]) throws {
        let missing = names.filter { index(of: $0) == nil }
        guard missing.isEmpty else { throw ExportsError.missingColumns(file: file, columns: missing) }
    }
}

extension TableDumpResult {
    var byteOffset: Int {
        switch self {
        case .row(let row): row.byteOffset
        case .rejected(let row): row.byteOffset
        }
    }
}
