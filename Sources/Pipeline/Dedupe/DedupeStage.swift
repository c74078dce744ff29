import Dedupe
import Exports
import Foundation
import MARC
import Workspace

/// `samkat dedupe`: every bibliographic record of the active sources through the dedupe engine, with the
/// cataloguers' decisions file beating the rules. Into the workspace go the clusters, each judged pair's
/// outcome with its reasons, and the dedupe findings (standard numbers that fail their check, oversized
/// blocks, split clusters, decisions not applied); into the output folder go the review queue (`review.csv`,
/// `review.json`) and the cluster list (`clusters.csv`) with each cluster's surviving record, merged
/// (`ClusterRecords`). The whole result is recomputed by every run.
public struct DedupeStage {
    public struct Summary: Sendable, Equatable {
        public var records = 0
        /// Records whose keys were computed in this run (the others' were stored).
        public var keysComputed = 0
        public var candidatePairs = 0
        public var clusters = 0
        /// Records in clusters.
        public var merged = 0
        /// Clusters holding two or more records of one municipality.
        public var withinMunicipality = 0
        public var review = 0
        public var decisionsApplied = 0
        /// Decisions reported instead of applied: stale, naming unknown records, or unreadable.
        public var decisionsNotApplied = 0
        public var splitClusters = 0
        /// Fields of merged records that their survivor lacks (listed, not merged), and local links dropped.
        public var lacks = 0
        public var droppedLinks = 0
    }

    let workspace: Workspace
    let outputFolder: String
    let decisionsPath: String?
    let engine: DedupeEngine
    let merge: RecordMerge
    /// Called every few thousand records, pairs or clusters.
    public var progress: (StageProgress) -> Void = { _ in }

    /// `decisionsPath`: the cataloguers' decisions file (nil or absent: none).
    public init(workspace: Workspace, outputFolder: String, decisionsPath: String? = nil, engine: DedupeEngine = DedupeEngine(),
                merge: RecordMerge = RecordMerge()) {
        self.workspace = workspace
        self.outputFolder = outputFolder
        self.decisionsPath = decisionsPath
        self.engine = engine
        self.merge = merge
    }

    public init(batch: BatchFile, workspace: Workspace) {
        let links: RecordMerge.LinkPolicy = batch.dedupe.localLinks == .drop ? .drop : .mark
        self.init(workspace: workspace, outputFolder: batch.resolve(batch.output), decisionsPath: batch.resolve(batch.dedupe.decisions),
                  merge: RecordMerge(linkPolicy: links))
    }

    public func run() throws -> Summary {
        let database = workspace.database
        ByteOutput.removeLeftovers(in: outputFolder)
        let report = { (step: String, done: Int, total: Int?, unit: String) in
            progress(StageProgress(stage: "dedupe", step: step, done: done, total: total, unit: unit))
        }
        let loaded = try StoredSubjects.load(database) { report("match keys", $0, $1, "records") }
        let subjects = loaded.subjects
        var summary = Summary(records: subjects.count, keysComputed: loaded.computed)

        var decided = CataloguerDecisions()
        var findings: [(Finding, Int64?)] = []
        if let decisionsPath {
            let file = try DecisionsFile(path: decisionsPath)
            let position = file.entries.isEmpty ? [:] : Dictionary(loaded.provenance.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let resolved = file.resolve(position: position, digest: { subjects[$0].keys.digest }, id: { subjects[$0].id })
            decided = resolved.decided
            summary.decisionsApplied = resolved.applied
            summary.decisionsNotApplied = resolved.findings.count
            findings += resolved.findings.map { ($0, nil) }
        }

        let (result, merged) = try database.transaction {
            for table in ["cluster_member", "pair_decision", "merge_lack", "cluster"] { try database.execute("DELETE FROM \(table)") }
            try database.execute("DELETE FROM finding WHERE stage = 'dedupe'")
            let insertDecision = try database.prepare("INSERT INTO pair_decision (first, second, outcome, score, reasons) VALUES (?, ?, ?, ?, ?)")
            var judged = 0
            let result = try engine.run(subjects, decided: decided) { pair in
                judged += 1
                CrashPoint.pass("dedupe-pair")
                if judged % 50_000 == 0 { report("pairs", judged, nil, "pairs") }
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
            let writer = try FindingWriter(database: database, stage: "dedupe")
            for (finding, source) in findings + DedupeFindings(loaded: loaded, result: result).all { try writer.add(finding, sourceID: source) }
            let merged = try ClusterRecords(database: database, outputFolder: outputFolder, merge: merge)
                .build(result.clusters) { report("merged records", $0, result.clusters.count, "clusters") }
            return (result, merged)
        }
        let municipality = Dictionary(uniqueKeysWithValues: subjects.map { ($0.id, $0.municipality) })
        summary.candidatePairs = result.candidatePairs
        summary.clusters = result.clusters.count
        summary.merged = result.clusters.reduce(0) { $0 + $1.count }
        summary.withinMunicipality = result.clusters.count { cluster in Set(cluster.map { municipality[$0] }).count < cluster.count }
        summary.review = result.review.count
        summary.splitClusters = result.refusals.count
        summary.lacks = merged.lacks
        summary.droppedLinks = merged.droppedLinks
        try ReviewFiles(database: database, outputFolder: outputFolder).write(result.review)
        return summary
    }
}
