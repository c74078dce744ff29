import Foundation
import Workspace

/// How the workspace's clusters agree with a generated consortium's ground truth (`truth/editions.tsv`, written
/// by `samkat fixtures`: records with one `edition_id` are one edition). Pairwise: every two records of one
/// edition should share a cluster, and no two records of different editions. Records the truth does not list
/// (none, in a generated consortium) are left out.
public struct TruthScore: Sendable, Equatable {
    /// Pairs of records of one edition.
    public var truePairs = 0
    /// Pairs of records in one cluster.
    public var mergedPairs = 0
    /// Merged pairs of one edition.
    public var correctMerges = 0
    /// True pairs the rules sent to review rather than merging.
    public var trueInReview = 0
    /// Every pair in review.
    public var reviewPairs = 0

    public var falseMerges: Int { mergedPairs - correctMerges }
    public var precision: Double { mergedPairs == 0 ? 1 : Double(correctMerges) / Double(mergedPairs) }
    public var recall: Double { truePairs == 0 ? 1 : Double(correctMerges) / Double(truePairs) }

    /// Scores the last dedupe run in `workspace` against `editions` (the truth file's path).
    public init(workspace: Workspace, editions: String) throws {
        let lines = try String(contentsOfFile: editions, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: "\t").map(String.init),
              let municipalityColumn = header.firstIndex(of: "municipality"), let recordColumn = header.firstIndex(of: "record_id"),
              let editionColumn = header.firstIndex(of: "edition_id") else { throw PipelineError.unreadableInput(path: editions) }
        var editionOf: [String: Substring] = [:]
        for line in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count > max(municipalityColumn, recordColumn, editionColumn) else { continue }
            editionOf["\(cells[municipalityColumn])/\(cells[recordColumn])"] = cells[editionColumn]
        }
        let database = workspace.database
        let records = try database.prepare("""
            SELECT record.id, source.municipality || '/' || record.local_id, cluster_member.cluster FROM record
            JOIN source ON source.id = record.source_id LEFT JOIN cluster_member ON cluster_member.record_id = record.id
            WHERE source.active = 1 AND record.kind = 'bibliographic'
            """).rows { ($0.int64(0), $0.text(1) ?? "", $0.int(2)) }
        var edition: [Int64: Substring] = [:]
        var cluster: [Int64: Int] = [:]
        var perEdition: [Substring: Int] = [:], perCluster: [Int: Int] = [:], perBoth: [String: Int] = [:]
        for (id, provenance, clusterNumber) in records {
            guard let editionID = editionOf[provenance] else { continue }
            edition[id] = editionID
            perEdition[editionID, default: 0] += 1
            if let clusterNumber {
                cluster[id] = clusterNumber
                perCluster[clusterNumber, default: 0] += 1
                perBoth["\(clusterNumber)/\(editionID)", default: 0] += 1
            }
        }
        func pairs(_ counts: some Sequence<Int>) -> Int { counts.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
        truePairs = pairs(perEdition.values)
        mergedPairs = pairs(perCluster.values)
        correctMerges = pairs(perBoth.values)
        let review = try database.prepare("SELECT first, second FROM pair_decision WHERE outcome = 'review'").rows { ($0.int64(0), $0.int64(1)) }
        reviewPairs = review.count
        trueInReview = review.count { a, b in
            edition[a] != nil && edition[a] == edition[b] && (cluster[a] == nil || cluster[a] != cluster[b])
        }
    }
}
