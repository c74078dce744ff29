/// Deduplication of a set of records: candidate pairs through shared blocking keys, the pair rules on each,
/// accepted pairs joined into clusters that no veto crosses, and the pairs a cataloguer must decide.
public struct DedupeEngine: Sendable {
    public var rules: PairRules
    /// Largest block paired as it is, per key kind; bigger blocks are split by the author (or year).
    public var caps: [String: Int]

    public init(rules: PairRules = PairRules(), caps: [String: Int] = DedupeEngine.defaultCaps) {
        self.rules = rules
        self.caps = caps
    }

    public static let defaultCaps = ["libris": 50, "isbn": 200, "system": 50, "standard": 100, "issn": 200, "title": 30, "title-start": 30]

    public struct Decision: Sendable {
        public var first: Int64
        public var second: Int64
        public var outcome: PairOutcome
    }

    public struct Result: Sendable {
        /// Clusters of two or more records, members sorted.
        public var clusters: [[Int64]]
        /// Pairs for a cataloguer: the rules could neither merge nor keep them apart.
        public var review: [Decision]
        /// How many pairs the blocks produced (each handed to the caller's `decision` as it was decided).
        public var candidatePairs: Int
        /// Joins refused because a veto would have been crossed inside a cluster.
        public var refusals: [ClusterBuilder<Int64>.Refusal]
        /// Blocks too big to pair as they are.
        public var oversized: [Blocker<Int64>.Oversized]
    }

    /// Deduplicates `subjects`; every candidate pair's decision goes to `decision` as it is made (so a million
    /// records' pairs need not all be held at once); merges and reviews are in the result.
    public func run(_ subjects: [PairSubject], decision: (Decision) throws -> Void) rethrows -> Result {
        let byID = Dictionary(subjects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let blocking = Blocker<Int64>.pairs(
            keys: subjects.map { ($0.id, DedupeEngine.blockingKeys($0.keys)) },
            cap: { caps[$0] ?? 100 },
            refinement: { id, _ in byID[id].flatMap { $0.keys.author ?? $0.keys.date1.map(String.init) } })
        var accepted: [ClusterBuilder<Int64>.Pair] = []
        var review: [Decision] = []
        for (a, b, _) in blocking.pairs {
            guard let x = byID[a], let y = byID[b] else { continue }
            let made = Decision(first: a, second: b, outcome: rules.evaluate(x, y))
            try decision(made)
            switch made.outcome {
            case let .merge(score, _): accepted.append(.init(a, b, score: score))
            case .review: review.append(made)
            case .keepApart: break
            }
        }
        let clustering = ClusterBuilder<Int64>.build(pairs: accepted) { a, b in
            guard let x = byID[a], let y = byID[b] else { return nil }
            return rules.vetoes.veto(x, y)
        }
        return Result(clusters: clustering.clusters, review: review, candidatePairs: blocking.pairs.count,
                      refusals: clustering.refusals, oversized: blocking.oversized)
    }

    /// Deduplicates `subjects` when only merges and reviews matter.
    public func run(_ subjects: [PairSubject]) -> Result { run(subjects) { _ in } }
}
