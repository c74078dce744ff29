/// How sure the classifier is.
public enum FormatConfidence: String, Sendable, Codable, Comparable {
    /// No usable format coding at all: the class is a guess.
    case unknown
    /// Thin evidence (one generic code), evidence that does not decide between classes, or evidence that
    /// contradicts itself. A cataloguer should look before a veto relies on it.
    case weak
    /// At least two agreeing pieces of evidence and nothing against.
    case strong

    private var order: Int { self == .unknown ? 0 : self == .weak ? 1 : 2 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
}

/// The format class of a record, with the evidence for and against it in words a cataloguer understands.
public struct FormatDecision: Hashable, Sendable, CustomStringConvertible {
    public var formatClass: FormatClass
    public var confidence: FormatConfidence
    /// Every piece of evidence found, in record order; `agrees` is false for what speaks against the class.
    public var evidence: [FormatEvidence]
    /// Why the decision is weak, when it is ("evidence contradicts itself", "only generic coding").
    public var note: String?

    public init(formatClass: FormatClass, confidence: FormatConfidence, evidence: [FormatEvidence], note: String? = nil) {
        self.formatClass = formatClass
        self.confidence = confidence
        self.evidence = evidence
        self.note = note
    }

    /// The evidence that speaks against the class chosen.
    public var contradictions: [FormatEvidence] { evidence.filter { !$0.agrees } }

    /// `audiobook-cd (strong): leader/06 i = nonmusical sound recording; 007/00-01 sd = sound disc; …`
    public var description: String {
        let reasons = evidence.isEmpty ? "no format coding" : evidence.map(\.description).joined(separator: "; ")
        return "\(formatClass.rawValue) (\(confidence.rawValue)): \(reasons)" + (note.map { " — \($0)" } ?? "")
    }
}
