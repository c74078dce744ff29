import Exports
import Foundation
import Workspace

/// `samkat run batch.yml`: the whole batch, stage after stage — ingest, the mappings check, dedupe, emit,
/// validation of what was emitted, the report — and
/// stops at the first stage that fails, saying why and what to do. A stage whose inputs have not changed since
/// it last finished (the fingerprint of the exports, the decisions file, the mapping files, the batch's
/// settings and samkat itself, kept in the workspace's `stage_run`) is skipped; `from` runs that stage and every
/// later one whatever their fingerprints.
public struct BatchRun {
    public enum Stage: String, CaseIterable, Sendable, Comparable {
        case ingest, mappings, dedupe, emit, validate, report

        public static func < (a: Stage, b: Stage) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }

    public enum Event: Sendable {
        case started(Stage)
        case progress(StageProgress)
        /// What the stage did, in one line, and how long it took.
        case finished(Stage, String, seconds: Double)
        case skipped(Stage, String)
        case log(String)
    }

    /// A stage failed: what went wrong and what to do about it.
    public struct Failure: Error, CustomStringConvertible {
        public var stage: Stage
        public var reason: String
        public var whatToDo: String

        public var description: String { "samkat run stopped at \(stage.rawValue): \(reason)\nWhat to do: \(whatToDo)" }
    }

    let batch: BatchFile
    let from: Stage?
    let events: (Event) -> Void

    public init(batch: BatchFile, from: Stage? = nil, events: @escaping (Event) -> Void = { _ in }) {
        self.batch = batch
        self.from = from
        self.events = events
    }

    public func run() throws {
        let workspace = try Workspace(directory: batch.resolve(batch.workspace), create: true)
        for stage in Stage.allCases {
            if let from, stage < from {
                events(.skipped(stage, "before --from \(from.rawValue)"))
                continue
            }
            let inputs = try fingerprint(of: stage, workspace)
            if from == nil, let inputs, try lastInputs(of: stage, workspace) == inputs, outputsExist(stage) {
                events(.skipped(stage, "nothing it reads has changed since it last finished"))
                continue
            }
            events(.started(stage))
            // Until it finishes again, the stage does not count as done (a crash or failure half-way leaves its outputs
            // half-renewed); later stages' fingerprints follow from what it read.
            try workspace.database.prepare("DELETE FROM stage_run WHERE stage = ?").run([.text(stage.rawValue)])
            let started = Date()
            let summary: String
            do {
                summary = try run(stage, workspace)
            } catch {
                throw Failure(stage: stage, reason: "\(error)", whatToDo: BatchRun.advice(stage, error))
            }
            if let inputs = try fingerprint(of: stage, workspace) ?? inputs {
                try workspace.database.prepare("""
                    INSERT INTO stage_run (stage, inputs, finished_at) VALUES (?, ?, ?)
                    ON CONFLICT (stage) DO UPDATE SET inputs = excluded.inputs, finished_at = excluded.finished_at
                    """).run([.text(stage.rawValue), .text(inputs), .text(ISO8601DateFormatter().string(from: Date()))])
            }
            events(.finished(stage, summary, seconds: Date().timeIntervalSince(started)))
        }
    }

    private func run(_ stage: Stage, _ workspace: Workspace) throws -> String {
        switch stage {
        case .ingest:
            let outcomes = try IngestStage(batch: batch, workspace: workspace, log: { events(.log($0)) }, progress: { progress in
                events(.progress(StageProgress(stage: "ingest", step: progress.source, done: progress.records, unit: "records")))
            }).run()
            return "\(outcomes.filter { $0.action == .ingested }.count) of \(outcomes.count) exports ingested, the others unchanged"
        case .mappings:
            let stubs = MappingStubs(workspace: workspace, folder: batch.resolve(batch.mappings))
            try stubs.write()
            let missing = try stubs.missing()
            guard missing.isEmpty else {
                throw PipelineError.mappingsIncomplete(missing.map { "\($0.file): " + $0.rows.map(\.code).joined(separator: ", ") })
            }
            return "every code with copies is mapped"
        case .dedupe:
            var stage = DedupeStage(batch: batch, workspace: workspace)
            stage.progress = { events(.progress($0)) }
            let summary = try stage.run()
            return "\(summary.records) records: \(summary.clusters) clusters of \(summary.merged), \(summary.review) pairs for review, "
                + "\(summary.decisionsApplied) decisions applied (\(summary.decisionsNotApplied) not)"
        case .emit:
            var stage = EmitStage(batch: batch, workspace: workspace)
            stage.progress = { events(.progress($0)) }
            let summary = try stage.run()
            return "\(summary.records) records with \(summary.items) items in \(summary.files.count) files, \(summary.barcodeChanges) barcodes changed; the ledger balances"
        case .validate:
            let summary = try ValidateStage(batch: batch).run()
            return "\(summary.records) records valid for Koha: \(summary.warnings) warnings, \(summary.infos) notes (validation.csv)"
        case .report:
            return try ReportStage(batch: batch, workspace: workspace).run()
        }
    }

    /// What the stage reads, as one fingerprint; nil for stages that always run (ingest skips unchanged exports
    /// itself, and the mappings check is quick).
    private func fingerprint(of stage: Stage, _ workspace: Workspace) throws -> String? {
        switch stage {
        case .ingest, .mappings, .report: return nil
        case .validate: return try lastInputs(of: .emit, workspace)
        case .dedupe:
            let sources = try workspace.database.prepare("SELECT name || ':' || fingerprint FROM source WHERE active = 1 ORDER BY name")
                .rows { $0.text(0) ?? "" }
            let decisions = batch.resolve(batch.dedupe.decisions)
            let decisionsPrint = FileManager.default.fileExists(atPath: decisions) ? try Fingerprint.of(files: [decisions]) : "none"
            return Fingerprint.of(text: (sources + [decisionsPrint, batch.dedupe.localLinks.rawValue, BatchRun.codeVersion]).joined(separator: "\n"))
        case .emit:
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys  // the settings hold dictionaries: one order every run
            let settings = String(decoding: try encoder.encode(batch.catalogue) + encoder.encode(batch.barcodes), as: UTF8.self)
            return Fingerprint.of(text: [try lastInputs(of: .dedupe, workspace) ?? "", try mappingDecisions(), settings, BatchRun.codeVersion]
                .joined(separator: "\n"))
        }
    }

    /// The mapping files' decisions: without their `items` column and in code order, since the mappings stage
    /// refreshes the counts (and orders the rows by them), which changes nothing the emit does.
    private func mappingDecisions() throws -> String {
        let folder = batch.resolve(batch.mappings)
        var text = ""
        for file in (FileManager.default.subpaths(atPath: folder) ?? []).filter({ $0.hasSuffix(".tsv") }).sorted() {
            let content = try String(contentsOfFile: (folder as NSString).appendingPathComponent(file), encoding: .utf8)
            let rows = content.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
                var cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                if cells.count > 2 { cells.remove(at: 2) }
                return cells.joined(separator: "\t")
            }
            text += file + "\n" + rows.sorted().joined(separator: "\n") + "\n"
        }
        return Fingerprint.of(text: text)
    }

    private func lastInputs(of stage: Stage, _ workspace: Workspace) throws -> String? {
        try workspace.database.prepare("SELECT inputs FROM stage_run WHERE stage = ?").rows([.text(stage.rawValue)]) { $0.text(0) }.first ?? nil
    }

    private func outputsExist(_ stage: Stage) -> Bool {
        let output = batch.resolve(batch.output)
        switch stage {
        case .ingest, .mappings, .report: return true
        case .validate: return FileManager.default.fileExists(atPath: output + "/validation.csv")
        case .dedupe: return FileManager.default.fileExists(atPath: output + "/review.csv")
        case .emit: return FileManager.default.fileExists(atPath: output + "/ledger.csv")
        }
    }

    /// This samkat: its executable's size and modification time, so a new build runs every stage again.
    static let codeVersion: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return "\(attributes?[.size] ?? 0)@\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
    }()

    static func advice(_ stage: Stage, _ error: any Error) -> String {
        switch (stage, error) {
        case (.mappings, _), (_, PipelineError.unmappedCodes):
            "fill in the Koha values of the codes listed, in the mapping files named (a librarian's job: the file's first lines say how), "
                + "then run again; `samkat mappings check batch.yml` lists what is still missing."
        case (.ingest, _):
            "check the export folder named above against docs/export-folders.md, correct it or its overrides in batch.yml, and run again; "
                + "exports already ingested are kept."
        case (.dedupe, _):
            "if a decisions row is named, correct it in the decisions file; otherwise run `samkat run --from dedupe` again, and report it if it repeats."
        case (.emit, PipelineError.invalidSetting):
            "correct the setting in batch.yml (catalogue: or barcodes:) and run `samkat run --from emit`."
        case (.emit, _):
            "run `samkat run --from emit` again; if it fails the same way, keep the workspace and report it."
        case (.validate, _):
            "read validation.csv: each error names the record and field; most come from a mapping (an item type or branch missing from the setup) — correct it and run `samkat run --from emit`."
        case (.report, _):
            "check that the output folder is writable, then run `samkat run --from report`."
        }
    }
}
