import MARC

/// Decides a record's format class for deduplication, so that records of different formats never merge.
///
/// Every field that says something about the format becomes a piece of evidence (a `FormatCue` with a
/// weight); see the `FormatClassifier+…` files for what is read where. Each cue allows some classes. A class
/// is a candidate only when some cue positively points at it (book and other are always candidates); each
/// candidate scores the weights of the cues that allow it, and the highest score wins, ties going to the
/// earlier class in `FormatClass.allCases` (book before large print, audiobook CD before MP3 …).
///
/// Conflicts: physical description (007, 300 $a, 338) weighs most, so it beats generic coding (leader/06)
/// when they disagree, and the decision is then marked weak with the losing evidence listed as contradicting.
/// The decision is also weak when the winner ties with another class or rests on generic coding alone, and
/// unknown when the record carries no format coding at all.
public enum FormatClassifier {
    public static func classify(_ record: Record) -> FormatDecision {
        var evidence = Evidence()
        readLeader(record.leader, into: &evidence)
        let recordType = record.leader.typeOfRecord
        for field in record.fields {
            switch field.tag {
            case "006": read006(field.value, into: &evidence)
            case "007": read007(field.value, into: &evidence)
            case "008": read008(field.value, recordType: recordType, into: &evidence)
            case "020": read020(field, into: &evidence)
            case "350": read350(field, into: &evidence)
            case "084": readSAB(field, into: &evidence)
            case "245": read245(field, into: &evidence)
            case "250": read250(field, into: &evidence)
            case "300": read300(field, into: &evidence)
            case "336", "337", "338": readRDA(field, into: &evidence)
            case "886", "887": readBURK(field, into: &evidence)
            default: continue
            }
        }
        return decide(evidence.items, recordType: recordType)
    }

    /// The evidence of one record, each (source, cue) once.
    struct Evidence {
        var items: [FormatEvidence] = []

        mutating func add(_ source: String, _ value: String, _ cue: FormatCue, _ weight: EvidenceWeight, _ meaning: String = "") {
            if items.contains(where: { $0.cue == cue && $0.source == source }) { return }
            items.append(FormatEvidence(source: source, value: value, cue: cue, weight: weight, meaning: meaning))
        }
    }

    static func decide(_ items: [FormatEvidence], recordType: UInt8) -> FormatDecision {
        var evidence = items
        guard evidence.contains(where: { $0.weight > .defaulted }) else {
            let formatClass: FormatClass = evidence.isEmpty ? .other : .book
            return FormatDecision(formatClass: formatClass, confidence: .unknown, evidence: evidence,
                                  note: "no format coding: \(formatClass.rawValue) is a guess")
        }
        var present = FormatCueSet()
        for item in evidence { present.insert(FormatCueSet(item.cue)) }
        var candidates: FormatClassSet = [.book, .other]
        for (formatClass, needs) in FormatCue.requirements where !present.isDisjoint(with: needs) {
            candidates.insert(FormatClassSet(formatClass))
        }
        var best: FormatClass = .other, bestScore = -1, tie = false
        for formatClass in FormatClass.allCases where candidates.contains(formatClass) {
            var score = 0
            for item in evidence where item.cue.allowed.contains(formatClass) { score += item.weight.score }
            if score > bestScore {
                (best, bestScore, tie) = (formatClass, score, false)
            } else if score == bestScore && formatClass != .other {
                tie = true  // `other` is the catch-all: it wins only when strictly ahead, and never makes a tie
            }
        }
        var support = 0, against = 0
        for index in evidence.indices {
            let agrees = evidence[index].cue.allowed.contains(best)
            evidence[index].agrees = agrees || evidence[index].weight == .defaulted
            if agrees { support += evidence[index].weight.rawValue } else if evidence[index].weight > .defaulted { against += 1 }
        }
        let note: String?
        if against > 0 {
            note = "the evidence contradicts itself; the most specific physical evidence decided"
        } else if tie {
            note = "the evidence does not decide between \(best.rawValue) and another class"
        } else if support < 3 {
            note = "only generic coding"
        } else {
            note = nil
        }
        return FormatDecision(formatClass: best, confidence: note == nil ? .strong : .weak, evidence: evidence, note: note)
    }
}
