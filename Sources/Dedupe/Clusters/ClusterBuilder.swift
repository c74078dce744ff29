/// Joins accepted pairs into clusters without ever putting two records that veto each other in one cluster.
///
/// Pairs are taken strongest first (ties broken by the ids, so the result does not depend on the input
/// order) and two clusters are joined only when no member of one vetoes any member of the other. A component
/// that the accepted pairs would have joined but that a veto keeps apart is reported as split, with the
/// vetoed pair that split it, so a cataloguer can see why.
public struct ClusterBuilder<ID: Hashable & Comparable & Sendable> {
    public struct Pair: Sendable {
        public var first: ID
        public var second: ID
        /// Higher is stronger evidence.
        public var score: Double

        public init(_ first: ID, _ second: ID, score: Double) {
            self.first = min(first, second)
            self.second = max(first, second)
            self.score = score
        }
    }

    /// A join the accepted pairs asked for but a veto refused.
    public struct Refusal: Sendable {
        public var pair: Pair
        /// The two members, one from each side, whose veto refused it.
        public var vetoed: (ID, ID)
        public var reason: String
    }

    public struct Result: Sendable {
        /// Every cluster of two or more, members sorted, clusters sorted by their first member.
        public var clusters: [[ID]]
        public var refusals: [Refusal]
    }

    /// `veto(a, b)` returns why a and b must not be in one cluster, or nil when they may.
    public static func build(pairs: [Pair], veto: (ID, ID) -> String?) -> Result {
        let ordered = pairs.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.first != b.first { return a.first < b.first }
            return a.second < b.second
        }
        var clusterOf: [ID: Int] = [:]
        var members: [[ID]] = []
        var refusals: [Refusal] = []
        func cluster(of id: ID) -> Int {
            if let index = clusterOf[id] { return index }
            members.append([id])
            clusterOf[id] = members.count - 1
            return members.count - 1
        }
        for pair in ordered {
            let a = cluster(of: pair.first), b = cluster(of: pair.second)
            guard a != b else { continue }
            if let (x, y, reason) = firstVeto(members[a], members[b], veto) {
                refusals.append(Refusal(pair: pair, vetoed: (x, y), reason: reason))
                continue
            }
            // Join the smaller into the larger.
            let (into, from) = members[a].count >= members[b].count ? (a, b) : (b, a)
            for id in members[from] { clusterOf[id] = into }
            members[into].append(contentsOf: members[from])
            members[from] = []
        }
        let clusters = members.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return Result(clusters: clusters, refusals: refusals)
    }

    private static func firstVeto(_ left: [ID], _ right: [ID], _ veto: (ID, ID) -> String?) -> (ID, ID, String)? {
        for x in left.sorted() {
            for y in right.sorted() {
                if let reason = veto(x, y) { return (x, y, reason) }
            }
        }
        return nil
    }
}
