import Dedupe
import Foundation
import MARC
import Workspace

/// `samkat dedupe` (first version): every bibliographic record of the active sources through the dedupe
/// engine; the clusters and each candidate pair's outcome stored in the workspace, and the pairs a cataloguer
/// must decide written to `review.csv` in the output folder.
/// Still to come (issue 4): the decisions file, stale decisions, the surviving record and the field merge.
public struct DedupeStage {
    public struct Summary: Sendable, Equatable {
        public var records = 0
        public var candidatePairs = 0
        public var clusters = 0
        public var merged = 0
        public var review = 0
    }

    let workspace: Workspace
    let outputFolder: String
    let engine: DedupeEngine

    public init(workspace: Workspace, outputFolder: String, engine: DedupeEngine = DedupeEngine()) {
        self.workspace = workspace
        self.outputFolder = outputFolder
        self.engine = engine
    }

    public func run() throws -> Summary {
        let database = workspace.database
        var provenance: [Int64: (municipality: String, localID: String, title: String)] = [:]
        var subjects: [PairSubject] = []
        let select = try database.prepare("""
            SELECT record.id, source.municipality, record.local_id, record.marc FROM record
            JOIN source ON source.id = record.source_id
            WHERE source.active = 1 AND record.kind = 'bibliographic' ORDER BY record.id
            """)
        let rows = try select.rows { row in (row.int64(0), row.text(1) ?? "", row.text(2) ?? "", row.blob(3) ?? []) }
        for (id, municipality, localID, bytes) in rows {
            let record = try RecordCodec.decode(bytes)
            provenance[id] = (municipality, localID, record.firstValue("245", "a") ?? "")
            subjects.append(PairSubject(id: id, municipality: municipality, record: record))
        }
        let result = try database.transaction {
            try database.execute("DELETE FROM cluster_member; DELETE FROM pair_decision;")
            let insertDecision = try database.prepare("INSERT INTO pair_decision (first, second, outcome, score, reasons) VALUES (?, ?, ?, ?, ?)")
            let result = try engine.run(subjects) { pair in
                let (outcome, score): (String, Double?) = switch pair.outcome {
                case let .merge(score, _): ("merge", score)
                case let .review(score, _): ("review", score)
                case .keepApart: ("keep-apart", nil)
                }
                try insertDecision.run([.int(pair.first), .int(pair.second), .text(outcome), score.map { .double($0) } ?? .null,
                                        .text(pair.outcome.reasons.joined(separator: "; "))])
            }
            let member = try database.prepare("INSERT INTO cluster_member (record_id, cluster) VALUES (?, ?)")
            for (index, cluster) in result.clusters.enumerated() {
                for id in cluster { try member.run([.int(id), .int(Int64(index + 1))]) }
            }
            return result
        }
        var summary = Summary(records: subjects.count, candidatePairs: result.candidatePairs, clusters: result.clusters.count)
        summary.merged = result.clusters.reduce(0) { $0 + $1.count }
        summary.review = result.review.count
        try writeReview(result.review, provenance: provenance)
        return summary
    }

    /// `review.csv`: one line per pair to decide, with both records' provenance and titles, score and reasons.
    private func writeReview(_ pairs: [DedupeEngine.Decision], provenance: [Int64: (municipality: String, localID: String, title: String)]) throws {
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let output = try ByteOutput(path: (outputFolder as NSString).appendingPathComponent("review.csv"))
        try output.write("municipality_1,record_1,title_1,municipality_2,record_2,title_2,score,reasons\n")
        for pair in pairs {
            guard let a = provenance[pair.first], let b = provenance[pair.second], case let .review(score, reasons) = pair.outcome else { continue }
            let cells = [a.municipality, a.localID, a.title, b.municipality, b.localID, b.title, String(score), reasons.joined(separator: "; ")]
            try output.write(cells.map(DedupeStage.csvCell).joined(separator: ",") + "\n")
        }
        try output.close()
    }

    /// A CSV cell, quoted when it holds a comma, quote or line break.
    static func csvCell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
