/// How well clusters agree with labelled pairs: a pair labelled "same" should end in one cluster, a pair
/// labelled "different" never. Precision and recall of the automatic merges, and the share of labelled pairs
/// left for review.
public struct PairSetEvaluation: Sendable, Equatable {
    public var pairs = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var inReview = 0

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var reviewShare: Double { pairs == 0 ? 0 : Double(inReview) / Double(pairs) }

    public init() {}

    /// Scores `labels` (first id, second id, same?) against the engine's result.
    public init(labels: some Sequence<(Int64, Int64, Bool)>, result: DedupeEngine.Result) {
        var clusterOf: [Int64: Int] = [:]
        for (index, cluster) in result.clusters.enumerated() {
            for id in cluster { clusterOf[id] = index }
        }
        let reviewed = Set(result.review.map { PairKey($0.first, $0.second) })
        for (a, b, same) in labels {
            pairs += 1
            let together = clusterOf[a] != nil && clusterOf[a] == clusterOf[b]
            switch (same, together) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
            if !together, reviewed.contains(PairKey(a, b)) { inReview += 1 }
        }
    }

    private struct PairKey: Hashable {
        var low: Int64, high: Int64
        init(_ a: Int64, _ b: Int64) { (low, high) = (min(a, b), max(a, b)) }
    }
}
