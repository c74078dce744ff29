/// A cataloguer's decisions on pairs of records, by record id: they beat the rules. A pair decided both ways
/// is kept apart (a false merge is worse than a missed one).
public struct CataloguerDecisions: Sendable {
    public enum Verdict: String, Sendable, Equatable { case same, different }

    public struct IDPair: Hashable, Comparable, Sendable {
        public var low: Int64
        public var high: Int64

        public init(_ a: Int64, _ b: Int64) { (low, high) = (min(a, b), max(a, b)) }

        public static func < (a: IDPair, b: IDPair) -> Bool { (a.low, a.high) < (b.low, b.high) }
    }

    private var verdicts: [IDPair: Verdict] = [:]

    public init() {}

    /// Records `verdict` for every pair of `records` (a cluster decision names more than two).
    public mutating func decide(_ records: [Int64], _ verdict: Verdict) {
        for i in records.indices {
            for j in records.indices where j > i && records[i] != records[j] {
                let pair = IDPair(records[i], records[j])
                verdicts[pair] = verdicts[pair] == .different ? .different : verdict
            }
        }
    }

    public var isEmpty: Bool { verdicts.isEmpty }
    public var pairs: [IDPair] { verdicts.keys.sorted() }
    public var ids: Set<Int64> { Set(verdicts.keys.flatMap { [$0.low, $0.high] }) }

    public func verdict(_ a: Int64, _ b: Int64) -> Verdict? { verdicts[IDPair(a, b)] }

    /// The decided outcome of a pair, or nil when no one decided it.
    public func outcome(_ a: Int64, _ b: Int64) -> PairOutcome? {
        switch verdict(a, b) {
        case .same?: .merge(score: CataloguerDecisions.decidedScore, reasons: [CataloguerDecisions.sameReason])
        case .different?: .keepApart(reasons: [CataloguerDecisions.differentReason])
        case nil: nil
        }
    }

    /// Above any score the rules give, so decided pairs join first.
    static let decidedScore = 2.0
    static let sameReason = "a cataloguer decided these are the same record"
    static let differentReason = "a cataloguer decided these are different records"
}
