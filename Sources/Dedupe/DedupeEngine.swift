/// Deduplication of a set of records: candidate pairs through shared blocking keys, the pair rules on each
/// (a cataloguer's decision beats them), accepted pairs joined into clusters that no veto crosses, and the
/// pairs a cataloguer must decide.
public struct DedupeEngine: Sendable {
    public var rules: PairRules
    /// Largest block paired as it is, per key kind; bigger blocks are split by the author (or year).
    public var caps: [String: Int]

    public init(rules: PairRules = PairRules(), caps: [String: Int] = DedupeEngine.defaultCaps) {
        self.rules = rules
        self.caps = caps
    }

    public static let defaultCaps = [
        "libris": 50, "isbn": 200, "system": 50, "standard": 100, "issn": 200, "title": 30, "title-start": 30, "author-year-pages": 30,
    ]

    public struct Decision: Sendable {
        public var first: Int64
        public var second: Int64
        public var outcome: PairOutcome
    }

    public struct Result: Sendable {
        /// Clusters of two or more records, members sorted, clusters sorted by their first member.
        public var clusters: [[Int64]]
        /// Pairs for a cataloguer: the rules could neither merge nor keep them apart.
        public var review: [Decision]
        /// How many pairs were judged (each handed to the caller's `decision` as it was decided).
        public var candidatePairs: Int
        /// Joins refused because a veto would have been crossed inside a cluster.
        public var refusals: [ClusterBuilder<Int64>.Refusal]
        /// Blocks too big to pair as they are.
        public var oversized: [Blocker.Oversized]
    }

    /// Deduplicates `subjects`; every candidate pair's decision goes to `decision` as it is made (so a million
    /// records' pairs need not all be held at once); merges and reviews are in the result. `decided` holds a
    /// cataloguer's decisions, which beat the rules.
    public func run(_ subjects: [PairSubject], decided: CataloguerDecisions = CataloguerDecisions(),
                    decision: (Decision) throws -> Void) rethrows -> Result {
        // Positions in id order, so that ties are broken the same way whatever the input order.
        let subjects = subjects.indices.dropFirst().allSatisfy({ subjects[$0 - 1].id < subjects[$0].id })
            ? subjects : subjects.sorted { $0.id < $1.id }
        let blocking = Blocker.pairs(
            count: subjects.count, keys: { DedupeEngine.blockingKeys(subjects[$0].keys) }, cap: { caps[$0] ?? 100 },
            refinement: { subjects[$0].keys.author ?? subjects[$0].keys.date1.map(String.init) })
        let pairs = decided.isEmpty ? blocking.pairs : DedupeEngine.adding(decided, to: blocking.pairs, subjects)
        var accepted: [ClusterBuilder<Int32>.Pair] = []
        var review: [Decision] = []
        for pair in pairs {
            let x = subjects[pair.first], y = subjects[pair.second]
            let made = Decision(first: x.id, second: y.id, outcome: decided.outcome(x.id, y.id) ?? rules.evaluate(x, y))
            try decision(made)
            switch made.outcome {
            case let .merge(score, _): accepted.append(.init(Int32(pair.first), Int32(pair.second), score: score))
            case .review: review.append(made)
            case .keepApart: break
            }
        }
        let clustering = ClusterBuilder<Int32>.build(pairs: accepted) { a, b in
            let x = subjects[Int(a)], y = subjects[Int(b)]
            switch decided.verdict(x.id, y.id) {
            case .same?: return nil
            case .different?: return CataloguerDecisions.differentReason
            case nil: return rules.vetoes.veto(x, y)
            }
        }
        let id = { (position: Int32) in subjects[Int(position)].id }
        let refusals = clustering.refusals.map { refusal in
            ClusterBuilder<Int64>.Refusal(pair: .init(id(refusal.pair.first), id(refusal.pair.second), score: refusal.pair.score),
                                          vetoed: (id(refusal.vetoed.0), id(refusal.vetoed.1)), reason: refusal.reason)
        }
        return Result(clusters: clustering.clusters.map { $0.map(id) }, review: review, candidatePairs: pairs.count,
                      refusals: refusals, oversized: blocking.oversized)
    }

    /// Deduplicates `subjects` when only merges and reviews matter.
    public func run(_ subjects: [PairSubject], decided: CataloguerDecisions = CataloguerDecisions()) -> Result {
        run(subjects, decided: decided) { _ in }
    }

    /// The candidate pairs and the decided pairs (which need not share a blocking key), sorted, each once.
    private static func adding(_ decided: CataloguerDecisions, to pairs: [CandidatePair], _ subjects: [PairSubject]) -> [CandidatePair] {
        let wanted = decided.ids
        var position: [Int64: Int32] = [:]
        for (index, subject) in subjects.enumerated() where wanted.contains(subject.id) { position[subject.id] = Int32(index) }
        let extra = decided.pairs.compactMap { pair in
            position[pair.low].flatMap { a in position[pair.high].map { CandidatePair(a, $0) } }
        }
        return Array(Set(pairs).union(extra)).sorted()
    }
}
