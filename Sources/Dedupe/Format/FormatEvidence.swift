/// How much a piece of format evidence weighs. The most specific physical description (007, 300, 338) beats
/// national and local codes (BURK, SAB suffix, 020 qualifiers, 245 $h, 336/337), which beat generic coding
/// (leader/06-07).
public enum EvidenceWeight: Int, Sendable, Comparable {
    /// A default value (a blank 008 form of item, accompanying material in 300 $e): counted, never decisive,
    /// never a contradiction.
    case defaulted = 0
    /// Generic coding: leader/06-07, 006.
    case generic = 1
    /// Explicit codes and qualifiers: 008 form of item, 020 $q, 245 $h, 336/337, BURK, SAB media suffix.
    case coded = 2
    /// Physical description: 007, 300 $a, 338.
    case physical = 3

    var score: Int { self == .defaulted ? 1 : rawValue * 2 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One piece of evidence: where in the record, what it says, and what that means.
public struct FormatEvidence: Hashable, Sendable, CustomStringConvertible {
    /// Where: `leader/06`, `007/00-01`, `300 $a`, `887 $b (BURK III)`.
    public var source: String
    /// The value found there, as the record has it.
    public var value: String
    /// What it means for the format.
    public var cue: FormatCue
    public var weight: EvidenceWeight
    /// What the code means, when that is not obvious from `cue` ("nonmusical sound recording").
    public var meaning: String
    /// False when this evidence speaks against the class chosen.
    public var agrees: Bool = true

    public init(source: String, value: String, cue: FormatCue, weight: EvidenceWeight, meaning: String = "") {
        self.source = source
        self.value = value
        self.cue = cue
        self.weight = weight
        self.meaning = meaning
    }

    /// `leader/06 i = nonmusical sound recording`, `300 $a '2 CD' = audio CD`, with `(contradicts)` when it does.
    public var description: String {
        let shown = value.utf8.count <= 3 && !value.contains(" ") ? value : "'\(value)'"
        let said = meaning.isEmpty ? cue.name : meaning
        return "\(source) \(shown) = \(said)" + (agrees ? "" : " (contradicts)")
    }
}
