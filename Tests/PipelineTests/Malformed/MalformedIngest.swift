import Exports
import Foundation
import MARC
import Testing
@testable import Pipeline
@testable import Workspace

/// One export folder built in a temporary directory and ingested by the real `IngestStage`, with what the
/// workspace then holds: the ledger (`ingest_count`), the rejected input and the findings.
struct MalformedIngest: CustomStringConvertible {
    enum Kind {
        /// A plain MARC export of one catalogue file.
        case catalogue(file: String, records: Int)
        /// A Libra or BOOK-IT export.
        case tables
    }

    struct Count { var input: String, file: String, read: Int, stored: Int, rejected: Int, setAside: Int }
    struct StoredFinding { var rule: String, message: String, file: String?, position: Int?, line: Int? }
    struct Rejected { var entity: String, file: String, position: Int, reason: String, raw: Int }

    var error: (any Error)?
    var counts: [Count] = []
    var findings: [StoredFinding] = []
    var rejected: [Rejected] = []
    var records = 0
    var activeSources = 0

    /// Ingests `files` as an export of `system`; `adapter` replaces the batch's adapter (a plain MARC file of a
    /// known format).
    init(files: [String: [UInt8]], system: BatchFile.System,
         adapter: IngestStage.AdapterFactory? = nil) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-malformed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = root + "/exports/hjo"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let batch = BatchFile(consortium: .init(name: "Test", municipalities: [.init(code: "hjo", name: "Hjo")]),
                              exports: [.init(municipality: "hjo", system: system, folder: "exports/hjo")],
                              mappings: "mappings", workspace: "work", output: "out", baseDirectory: root)
        let workspace = try Workspace(directory: root + "/work", create: true)
        let stage = IngestStage(batch: batch, workspace: workspace, makeAdapter: adapter ?? SourceAdapters.make)
        do { _ = try stage.run() } catch { self.error = error }
        let database = workspace.database
        activeSources = Int(try database.scalar("SELECT count(*) FROM source WHERE active = 1") ?? 0)
        guard error == nil else { return }
        counts = try database.prepare("SELECT input, file, read, stored, rejected, set_aside FROM ingest_count ORDER BY input").rows {
            Count(input: $0.text(0) ?? "", file: $0.text(1) ?? "", read: $0.int(2) ?? -1, stored: $0.int(3) ?? -1,
                  rejected: $0.int(4) ?? -1, setAside: $0.int(5) ?? -1)
        }
        findings = try database.prepare("SELECT rule, message, file, position, line FROM finding ORDER BY id").rows {
            StoredFinding(rule: $0.text(0) ?? "", message: $0.text(1) ?? "", file: $0.text(2), position: $0.int(3), line: $0.int(4))
        }
        rejected = try database.prepare("SELECT entity, file, position, reason, length(raw) FROM rejected ORDER BY id").rows {
            Rejected(entity: $0.text(0) ?? "", file: $0.text(1) ?? "", position: $0.int(2) ?? -1, reason: $0.text(3) ?? "",
                     raw: $0.int(4) ?? 0)
        }
        records = Int(try database.scalar("SELECT count(*) FROM record") ?? -1)
    }

    /// A catalogue case as the only file of a plain MARC export, read in the case's format.
    static func catalogue(_ test: CatalogueCase) throws -> MalformedIngest {
        try MalformedIngest(files: [test.file: test.bytes], system: .marc) { _, folder in
            MARCSourceAdapter(folder: folder, file: test.file, format: test.format)
        }
    }

    var description: String {
        "error \(error.map { "\($0)" } ?? "none"); counts \(counts.map { "\($0.input) \($0.read)=\($0.stored)+\($0.rejected)+\($0.setAside)" }); "
            + "findings \(findings.map { "[\($0.rule)] \($0.file ?? "-"):\($0.position.map(String.init) ?? "-") \($0.message)" }); "
            + "rejected \(rejected.map { "\($0.entity) \($0.file):\($0.position) \($0.reason)" })"
    }

    /// The ledger balances and agrees with what is stored, every rejected input keeps its bytes and a reason,
    /// and every expectation is met with its file and position.
    func verify(_ expected: [Expectation], kind: Kind, sourceLocation: SourceLocation = #_sourceLocation) {
        if let error {
            guard expected.contains(where: { $0.isError }) else {
                Issue.record("the ingest failed: \(self)", sourceLocation: sourceLocation)
                return
            }
            #expect(activeSources == 0, "a failed ingest left a source active", sourceLocation: sourceLocation)
            for case let .error(text) in expected {
                let said = "\(error)"
                let file = if case let .catalogue(file, _) = kind { file } else { "" }
                #expect(said.contains(text) && (file.isEmpty || said.contains(file)), "expected error \"\(text)\": \(self)", sourceLocation: sourceLocation)
            }
            return
        }
        #expect(!expected.contains { $0.isError }, "the ingest did not fail: \(self)", sourceLocation: sourceLocation)
        #expect(activeSources == 1, sourceLocation: sourceLocation)
        for count in counts {
            #expect(count.read == count.stored + count.rejected + count.setAside, "ledger of \(count.input): \(self)",
                    sourceLocation: sourceLocation)
        }
        #expect(counts.map(\.rejected).reduce(0, +) == rejected.count, "rejected rows: \(self)", sourceLocation: sourceLocation)
        for row in rejected {
            #expect(row.raw > 0 && !row.reason.isEmpty && row.position > 0, "rejected input without bytes, reason or position: \(self)",
                    sourceLocation: sourceLocation)
        }
        let catalogue = counts.first { $0.input == "catalogue" }
        #expect(catalogue?.stored == records, "stored records: \(self)", sourceLocation: sourceLocation)
        if case let .catalogue(_, readable) = kind {
            #expect(records == readable, "records stored: \(self)", sourceLocation: sourceLocation)
        }
        for expectation in expected {
            switch expectation {
            case let .finding(rule, at):
                #expect(findings.contains { $0.rule == rule && $0.file != nil && ($0.position == at || $0.line == at) },
                        "expected \(expectation): \(self)", sourceLocation: sourceLocation)
            case let .fileFinding(rule, file), let .ingestFinding(rule, file):
                #expect(findings.contains { $0.rule == rule && $0.message.contains(file) }, "expected \(expectation): \(self)",
                        sourceLocation: sourceLocation)
            case let .unreadable(at):
                #expect(rejected.contains { $0.entity == "record" && $0.position == at } && findings.contains {
                    $0.rule == "catalogue.unreadable-record" && $0.position == at && $0.file != nil },
                        "expected \(expectation): \(self)", sourceLocation: sourceLocation)
            case .error: break
            }
        }
    }
}
