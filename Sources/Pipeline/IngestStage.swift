import Exports
import Foundation
import MARC
import Workspace

/// `samkat ingest`: every export of the batch into the workspace, one source at a time. An export whose files
/// have not changed since its last ingest is skipped; a changed one replaces exactly that source's records
/// and items. After each source is stored, the links are checked (items without their record, records
/// without items, barcodes without items) and the ledger of every input must balance.
public struct IngestStage {
    public typealias AdapterFactory = (BatchFile.Export, _ folder: String) throws -> any SourceAdapter

    public struct SourceOutcome: Sendable, Equatable {
        public enum Action: String, Sendable { case ingested, unchanged }
        public var source: String
        public var action: Action
        public var counts: IngestCounts?
    }

    /// How far the current source has come, for a progress display.
    public struct Progress: Sendable {
        public var source: String
        public var records: Int
        public var items: Int
    }

    let batch: BatchFile
    let workspace: Workspace
    let makeAdapter: AdapterFactory
    let log: (String) -> Void
    let progress: (Progress) -> Void

    public init(batch: BatchFile, workspace: Workspace, makeAdapter: @escaping AdapterFactory = SourceAdapters.make,
                log: @escaping (String) -> Void = { _ in }, progress: @escaping (Progress) -> Void = { _ in }) {
        self.batch = batch
        self.workspace = workspace
        self.makeAdapter = makeAdapter
        self.log = log
        self.progress = progress
    }

    public func run(force: Bool = false) throws -> [SourceOutcome] {
        try recordMunicipalities()
        try removeSourcesNoLongerInTheBatch()
        var outcomes: [SourceOutcome] = []
        for export in batch.exports {
            let name = "\(export.municipality)-\(export.system.rawValue)"
            let folder = batch.resolve(export.folder)
            let adapter = try makeAdapter(export, folder)
            let fingerprint = try Fingerprint.of(files: adapter.inputFiles())
            if !force, try activeFingerprint(of: name) == fingerprint {
                log("\(name): unchanged since the last ingest, skipped")
                outcomes.append(SourceOutcome(source: name, action: .unchanged, counts: nil))
                continue
            }
            let loader = try SourceLoader(workspace: workspace, source: .init(
                name: name, municipality: export.municipality, system: export.system.rawValue, folder: folder, fingerprint: fingerprint))
            do {
                let sink = ProgressSink(loader) { [progress] in progress(Progress(source: name, records: $0.records, items: $0.items)) }
                let counts = try adapter.ingest(into: sink)
                try check(counts, source: name)
                try store(counts, sourceID: loader.sourceID)
                try LinkChecks(database: workspace.database, sourceID: loader.sourceID).run(into: loader)
                try loader.activate()
                log("\(name): " + counts.inputs.map { "\($0.name) \($0.stored) stored, \($0.rejected) rejected" }.joined(separator: "; "))
                outcomes.append(SourceOutcome(source: name, action: .ingested, counts: counts))
            } catch {
                loader.abandon()
                throw error
            }
        }
        return outcomes
    }

    /// An export taken out of the batch file takes its source out of the workspace (records, copies and all),
    /// so it is neither deduplicated nor migrated any more.
    private func removeSourcesNoLongerInTheBatch() throws {
        let names = Set(batch.exports.map { "\($0.municipality)-\($0.system.rawValue)" })
        let database = workspace.database
        let stale = try database.prepare("SELECT id, name FROM source").rows { ($0.int64(0), $0.text(1) ?? "") }.filter { !names.contains($0.1) }
        guard !stale.isEmpty else { return }
        try database.transaction {
            for (id, name) in stale {
                try database.prepare("DELETE FROM source WHERE id = ?").run([.int(id)])
                log("\(name): no longer in the batch file, removed from the workspace")
            }
        }
    }

    private func recordMunicipalities() throws {
        let upsert = try workspace.database.prepare("""
            INSERT INTO municipality (code, name, population) VALUES (?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, population = excluded.population
            """)
        try workspace.database.transaction {
            for municipality in batch.consortium.municipalities {
                try upsert.run([.text(municipality.code), .text(municipality.name), municipality.population.map { .int(Int64($0)) } ?? .null])
            }
        }
    }

    private func activeFingerprint(of name: String) throws -> String? {
        try workspace.database.prepare("SELECT fingerprint FROM source WHERE name = ? AND active = 1")
            .rows([.text(name)]) { $0.text(0) }.first ?? nil
    }

    private func check(_ counts: IngestCounts, source: String) throws {
        for input in counts.inputs where !input.balances {
            throw PipelineError.ledgerDoesNotBalance(source: source, input: input.name, read: input.read,
                                                     accounted: input.stored + input.rejected + input.setAside.values.reduce(0, +))
        }
    }

    private func store(_ counts: IngestCounts, sourceID: Int64) throws {
        let insert = try workspace.database.prepare("""
            INSERT INTO ingest_count (source_id, input, file, read, stored, rejected, set_aside) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for input in counts.inputs {
            try insert.run([.int(sourceID), .text(input.name), .text(input.file), .int(Int64(input.read)), .int(Int64(input.stored)),
                            .int(Int64(input.rejected)), .int(Int64(input.setAside.values.reduce(0, +)))])
        }
    }
}
