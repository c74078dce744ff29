import MARC

/// One side of a candidate pair: what the rules know of a record.
public struct PairSubject: Sendable {
    public var id: Int64
    public var municipality: String
    public var keys: MatchKeys
    public var format: FormatClass
    /// How sure the classifier was of `format`.
    public var formatConfidence: FormatConfidence

    public init(id: Int64, municipality: String, keys: MatchKeys, format: FormatClass, formatConfidence: FormatConfidence = .strong) {
        self.id = id
        self.municipality = municipality
        self.keys = keys
        self.format = format
        self.formatConfidence = formatConfidence
    }

    /// A subject from a record: its keys and its format decision.
    public init(id: Int64, municipality: String, record: MARC.Record) {
        let decision = FormatClassifier.classify(record)
        self.init(id: id, municipality: municipality, keys: MatchKeys.extract(from: record), format: decision.formatClass,
                  formatConfidence: decision.confidence)
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
