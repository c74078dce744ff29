import Dedupe
import Exports
import Foundation
import Workspace

/// `samkat mappings init`: for every municipality in the workspace and every kind of code, the mapping file a
/// librarian fills in, listing each code the export uses with the source's own name and how many copies use
/// it, and the consortium's `format.tsv` (format class → item type). Regenerating keeps everything already
/// filled in; `check` lists what is still missing.
public struct MappingStubs {
    let workspace: Workspace
    let folder: String

    public init(workspace: Workspace, folder: String) {
        self.workspace = workspace
        self.folder = folder
    }

    /// The item column each kind of code is used in (the format is the record's, not a column).
    static func itemColumn(_ kind: MappingKind) -> String {
        switch kind {
        case .format: ""
        case .branch: "home_branch"
        case .department: "department"
        case .shelf: "shelf"
        case .status: "status"
        case .loanPeriod: "loan_period"
        case .mediaType: "media_type"
        case .stock: "stock"
        }
    }

    /// Writes (or refreshes) every mapping file; returns the paths written.
    @discardableResult
    public func write() throws -> [String] {
        var written: [String] = []
        for (sourceID, municipality) in try activeSources() {
            let directory = (folder as NSString).appendingPathComponent(municipality)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for kind in MappingKind.perMunicipality {
                let path = (directory as NSString).appendingPathComponent(MappingColumns.fileName(for: kind))
                let existing = try load(path, kind: kind, municipality: municipality) ?? MappingTable(kind: kind, municipality: municipality, rows: [])
                let table = existing.refreshed(with: try codes(kind, sourceID: sourceID))
                try table.render().write(toFile: path, atomically: true, encoding: .utf8)
                written.append(path)
            }
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let formats = try formatTable()
        try formats.table.render().write(toFile: formats.path, atomically: true, encoding: .utf8)
        written.append(formats.path)
        return written
    }

    /// The consortium's format table: every format class, with the copies of records of that class (known once
    /// `samkat dedupe` has classified the records; 0 before).
    func formatTable() throws -> (path: String, table: MappingTable) {
        let path = (folder as NSString).appendingPathComponent(MappingColumns.fileName(for: .format))
        let existing = try load(path, kind: .format, municipality: MappingStubs.consortium)
            ?? MappingTable(kind: .format, municipality: MappingStubs.consortium, rows: [])
        let counts = Dictionary(uniqueKeysWithValues: try workspace.database.prepare("""
            SELECT record_keys.format, count(*) FROM item
            JOIN record ON record.source_id = item.source_id AND record.local_id = item.record_local_id
            JOIN record_keys ON record_keys.record_id = record.id JOIN source ON source.id = item.source_id
            WHERE source.active = 1 GROUP BY record_keys.format
            """).rows { ($0.text(0) ?? "", $0.int(1) ?? 0) })
        return (path, existing.refreshed(with: FormatClass.allCases.map { (code: $0.rawValue, name: $0.rawValue, items: counts[$0.rawValue] ?? 0) }))
    }

    static let consortium = "consortium"


    /// Every code with items that no filled row maps, per file; empty when the mappings are complete.
    public func missing() throws -> [(file: String, rows: [MappingTable.Row])] {
        var result: [(String, [MappingTable.Row])] = []
        for (sourceID, municipality) in try activeSources() {
            for kind in MappingKind.perMunicipality {
                let path = ((folder as NSString).appendingPathComponent(municipality) as NSString).appendingPathComponent(MappingColumns.fileName(for: kind))
                let table = (try load(path, kind: kind, municipality: municipality) ?? MappingTable(kind: kind, municipality: municipality, rows: []))
                    .refreshed(with: try codes(kind, sourceID: sourceID))
                if !table.unfilled.isEmpty { result.append((path, table.unfilled)) }
            }
        }
        let formats = try formatTable()
        if !formats.table.unfilled.isEmpty { result.append((formats.path, formats.table.unfilled)) }
        return result
    }

    private func load(_ path: String, kind: MappingKind, municipality: String) throws -> MappingTable? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try MappingTable.parse(String(contentsOfFile: path, encoding: .utf8), kind: kind, municipality: municipality, file: path)
    }

    private func activeSources() throws -> [(Int64, String)] {
        try workspace.database.prepare("SELECT id, municipality FROM source WHERE active = 1 ORDER BY municipality, name")
            .rows { ($0.int64(0), $0.text(1) ?? "") }
    }

    /// The codes of one kind: every code in the source's lookup table and every code items use, with the
    /// source's name for it and the number of items using it.
    private func codes(_ kind: MappingKind, sourceID: Int64) throws -> [(code: String, name: String, items: Int)] {
        let column = MappingStubs.itemColumn(kind)
        if kind == .stock {
            // Ordinary stock needs no decision; every other class present gets a row.
            return try workspace.database.prepare("""
                SELECT stock, count(*) FROM item WHERE source_id = ? AND stock != 'ordinary' GROUP BY stock ORDER BY stock
                """).rows([.int(sourceID)]) { row in
                    let code = row.text(0) ?? ""
                    return (code: code, name: StockClass(rawValue: code).map(MappingKind.stockName) ?? code, items: row.int(1) ?? 0)
                }
        }
        let rows = try workspace.database.prepare("""
            SELECT code, max(name), sum(items) FROM (
                SELECT code, name, 0 AS items FROM lookup WHERE source_id = ?1 AND lookup = ?2
                UNION ALL
                SELECT \(column), NULL, count(*) FROM item WHERE source_id = ?1 AND \(column) IS NOT NULL GROUP BY \(column)
            ) GROUP BY code ORDER BY code
            """).rows([.int(sourceID), .text(kind.lookup?.rawValue ?? kind.rawValue)]) { ($0.text(0) ?? "", $0.text(1), $0.int(2) ?? 0) }
        return rows.map { (code: $0.0, name: $0.1 ?? "(not in the export's \(kind.rawValue) table)", items: $0.2) }
    }
}
