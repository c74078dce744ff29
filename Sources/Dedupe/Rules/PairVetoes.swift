/// Reasons two records must never be one record, checked before any evidence is weighed. Each is precise:
/// it fires only on a real conflict, never on a field one record lacks (in real data the "same" edition
/// often lacks an edition statement or a volume number on one side).
public struct PairVetoes: Sendable {
    /// ISBNs known to be printed in many different books: sharing one proves nothing.
    public var badISBNs: Set<String>
    /// Largest difference between publication years (008/07-10) of records that share no ISBN.
    public var maximumYearGap: Int

    public init(badISBNs: Set<String> = [], maximumYearGap: Int = 2) {
        self.badISBNs = badISBNs
        self.maximumYearGap = maximumYearGap
    }

    /// Why `a` and `b` must stay apart, or nil.
    public func veto(_ a: PairSubject, _ b: PairSubject) -> String? {
        if a.format != b.format, !PairVetoes.isThinFormatDifference(a, b) {
            return "different formats: \(a.format.rawValue) and \(b.format.rawValue)"
        }
        if let x = a.keys.edition?.number, let y = b.keys.edition?.number, x != y {
            return "different editions: \(a.keys.edition!.text) and \(b.keys.edition!.text)"
        }
        if !a.keys.parts.isEmpty, !b.keys.parts.isEmpty, Set(a.keys.parts).isDisjoint(with: b.keys.parts) {
            return "different parts or volumes: \(a.keys.parts.joined(separator: ", ")) and \(b.keys.parts.joined(separator: ", "))"
        }
        if !a.keys.languages.isEmpty, !b.keys.languages.isEmpty, Set(a.keys.languages).isDisjoint(with: b.keys.languages) {
            return "different languages: \(a.keys.languages.joined(separator: ", ")) and \(b.keys.languages.joined(separator: ", "))"
        }
        if let conflict = qualifierConflict(a, b) { return conflict }
        let sharedISBN = !sharedISBNs(a, b).isEmpty
        if !sharedISBN, let x = a.keys.date1, let y = b.keys.date1 {
            // A range (008/06 m or q: "1912-1913", "18--") conflicts only with a year outside it.
            let endX = a.keys.dateRangeEnd ?? x, endY = b.keys.dateRangeEnd ?? y
            let gap = max(x, y) - min(endX, endY)
            if gap > maximumYearGap {
                func dates(_ first: Int, _ end: Int) -> String { end == first ? "\(first)" : "\(first)-\(end)" }
                return "published \(gap) years apart (\(dates(x, endX)) and \(dates(y, endY))) with no ISBN in common"
            }
        }
        return nil
    }

    /// "book" against "other" where one side's coding was too thin to be sure: a guess, not a conflict.
    static func isThinFormatDifference(_ a: PairSubject, _ b: PairSubject) -> Bool {
        Set([a.format, b.format]) == [.book, .other] && (a.formatConfidence != .strong || b.formatConfidence != .strong)
    }

    /// ISBNs both records carry that are not on the bad list.
    func sharedISBNs(_ a: PairSubject, _ b: PairSubject) -> Set<String> {
        Set(a.keys.isbns).intersection(b.keys.isbns).subtracting(badISBNs)
    }

    /// The same ISBN qualified as different things ("inbunden" and "ljudbok"): at least one record carries the
    /// wrong ISBN. Bindings of one book (inbunden, häftad, pocket) do not conflict with each other.
    private func qualifierConflict(_ a: PairSubject, _ b: PairSubject) -> String? {
        for x in a.keys.isbnQualifiers {
            for y in b.keys.isbnQualifiers where x.isbn == y.isbn {
                let kindX = PairVetoes.medium(x.qualifier), kindY = PairVetoes.medium(y.qualifier)
                if let kindX, let kindY, kindX != kindY {
                    return "ISBN \(x.isbn) is qualified \"\(x.qualifier)\" in one record and \"\(y.qualifier)\" in the other"
                }
            }
        }
        return nil
    }

    /// The medium a qualifier names, with print bindings as one: nil for words that name no medium.
    static func medium(_ qualifier: String) -> String? {
        switch qualifier {
        case "inbunden", "häftad", "pocket", "storpocket", "kartonnage", "spiral": "print"
        case "storstil": "large-print"
        case "ljudbok", "cd", "mp3": "audio"
        case "daisy": "daisy"
        case "e-bok": "e-book"
        case "dvd", "blu-ray": "video"
        default: nil
        }
    }
}
