/// One side of a candidate pair: what the rules know of a record.
public struct PairSubject: Sendable {
    public var id: Int64
    public var municipality: String
    public var keys: MatchKeys
    public var format: FormatClass

    public init(id: Int64, municipality: String, keys: MatchKeys, format: FormatClass) {
        self.id = id
        self.municipality = municipality
        self.keys = keys
        self.format = format
    }
}

/// What the rules make of a pair, with the reasons in words a cataloguer understands.
public enum PairOutcome: Sendable, Equatable {
    case merge(score: Double, reasons: [String])
    case review(score: Double, reasons: [String])
    case keepApart(reasons: [String])

    public var reasons: [String] {
        switch self {
        case let .merge(_, reasons), let .review(_, reasons), let .keepApart(reasons): reasons
        }
    }
}
