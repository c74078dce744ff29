/// The pair rules: vetoes first, then positive evidence scored, then one of three outcomes — merge
/// automatically (0.8 or more), send to a cataloguer for review (0.5 or more), or keep apart — each with its
/// reasons.
///
/// Evidence weights, tuned on the first half of the public HathiTrust pairs (content only: no identifiers) and
/// checked on the second half and on the demo consortium's ground truth:
/// - Identifiers: a shared LIBRIS id settles it (1.0); a shared ISBN or system number is strong (0.6).
/// - Title, the core: the whole title of three words or more 0.5 (rarely another book's); a title of one or two
///   words 0.35 ("Dikter" is shared by many books); one title the other's beginning (a subtitle left out), the
///   same letters but for spacing or small words, or one or two words misspelt 0.4; the same main title with
///   different subtitles 0.3; a short title beginning the other 0.2; different titles −0.4.
/// - Confirming fields: same author 0.2 (similar, or the other's main entry named among this record's names,
///   0.1–0.15; two different persons −0.15); same publisher 0.15 (one spelt two ways 0.1; different −0.15); same
///   year 0.15; same page count 0.15 (a little different −0.05, different −0.15). What one record lacks counts
///   neither way.
/// - Against: two valid ISBNs and none shared −0.3 (two editions or bindings of one work).
/// So a long title, the year and one more field in agreement merge, with nothing against. Without an identifier
/// in common, different ISBNs, years or publishers (another edition, printing or house's issue) never merge
/// automatically: they go to review.
public struct PairRules: Sendable {
    public var vetoes: PairVetoes
    /// At or above: merge automatically.
    public var mergeThreshold: Double
    /// At or above (and below `mergeThreshold`): review.
    public var reviewThreshold: Double

    public init(vetoes: PairVetoes = PairVetoes(), mergeThreshold: Double = 0.8, reviewThreshold: Double = 0.5) {
        self.vetoes = vetoes
        self.mergeThreshold = mergeThreshold
        self.reviewThreshold = reviewThreshold
    }

    public func evaluate(_ a: PairSubject, _ b: PairSubject) -> PairOutcome {
        if let reason = vetoes.veto(a, b) { return .keepApart(reasons: [reason]) }
        var score = 0.0
        var reasons: [String] = []
        func add(_ weight: Double, _ reason: String) {
            score += weight
            reasons.append(reason)
        }
        let keysA = a.keys, keysB = b.keys
        if let id = Set(keysA.librisIds).intersection(keysB.librisIds).min() { add(1.0, "same LIBRIS record (\(id))") }
        if let isbn = vetoes.sharedISBNs(a, b).min() { add(0.6, "same ISBN \(isbn)") }
        if let number = Set(keysA.systemNumbers).intersection(keysB.systemNumbers).min() { add(0.6, "same system number \(number)") }
        if let number = Set(keysA.standardNumbers).intersection(keysB.standardNumbers).min() { add(0.5, "same standard number \(number)") }
        if let issn = Set(keysA.issns).intersection(keysB.issns).min() { add(0.4, "same ISSN \(issn)") }
        let identified = !reasons.isEmpty
        // Each record carries a valid ISBN and they share none: most often two editions (or bindings catalogued
        // apart) of one work, whatever else they share.
        let differentISBNs = !identified && !keysA.isbns.isEmpty && !keysB.isbns.isEmpty
        if differentISBNs { add(-0.3, "different ISBNs (\(keysA.isbns.joined(separator: ", ")) and \(keysB.isbns.joined(separator: ", ")))") }

        if !keysA.title.isEmpty, keysA.title == keysB.title {
            // A whole title of three words or more, subtitle and part included, is rarely another book's; "Dikter"
            // or "Collected poems" often is.
            if keysA.title.split(separator: " ").count >= 3 { add(0.5, "same title") } else { add(0.35, "same short title") }
        } else if TitleSimilarity.contains(keysA.title, keysB.title) {
            // Most often one record left out the subtitle: what one record lacks is no conflict.
            add(0.4, "one title is the other's beginning")
        } else if TitleSimilarity.sameLetters(keysA.title, keysB.title) {
            add(0.4, "the titles differ only in spacing or small words")
        } else if let (x, y) = TitleSimilarity.misspelt(keysA.title, keysB.title) {
            add(0.4, "the titles differ only in spelling (\(x) and \(y))")
        } else if !keysA.shortTitle.isEmpty, keysA.shortTitle == keysB.shortTitle {
            add(0.3, "same main title (subtitles differ)")
        } else if TitleSimilarity.contains(keysA.title, keysB.title, minimumWords: 1) {
            // "Hoof beats" and "Hoof beats from Virginia": a title this short begins many others, so it weighs less.
            add(0.2, "a short title is the other's beginning")
        } else if TitleSimilarity.words(keysA.title, keysB.title) >= 0.8 {
            add(0.15, "titles nearly the same")
        } else {
            add(-0.4, "different titles")
        }
        let titlesAgree = reasons.last != "different titles"
        switch (keysA.author, keysB.author) {
        case let (x?, y?) where x == y: add(0.2, "same author")
        case let (x?, y?) where TitleSimilarity.words(x, y) >= 0.5: add(0.1, "similar author")
        case let (x?, y?) where Spelling.oneLetterApart(x.prefix { $0 != " " }, y.prefix { $0 != " " }):
            add(0.1, "similar author (surnames one letter apart)")
        case let (x?, y?) where keysB.names.contains(x) || keysA.names.contains(y):
            // Two authors, an editor, a pseudonym: one catalogue's main entry is an added name in the other.
            add(0.15, "the author of one record is named in the other")
        case let (x?, y?) where x.split(separator: " ").first != y.split(separator: " ").first
            && keysA.authorIsPerson == true && keysB.authorIsPerson == true:
            // Two persons only: one catalogue's main entry may be a body, the other's a person.
            add(-0.15, "different authors")
        default: break
        }
        if !keysA.seriesNumbers.isEmpty, !keysB.seriesNumbers.isEmpty, Set(keysA.seriesNumbers).isDisjoint(with: keysB.seriesNumbers) {
            add(-0.3, "different numbers in the series (\(keysA.seriesNumbers.joined(separator: ", ")) and \(keysB.seriesNumbers.joined(separator: ", ")))")
        }
        if keysA.publishers.contains(where: { p in keysB.publishers.contains { DescriptiveKeys.samePublisher(p, $0) } }) {
            add(0.15, "same publisher")
        } else if keysA.publishers.contains(where: { p in keysB.publishers.contains { PairRules.shareAName(p, $0) } }) {
            add(0.1, "publishers share a name")
        } else if !keysA.publishers.isEmpty, !keysB.publishers.isEmpty {
            add(-0.15, "different publishers")
        }
        let sameYear = !Set(keysA.years).isDisjoint(with: keysB.years)
        // Only two years that differ are a conflict: a record without any ("[n.d.]") says nothing against.
        let differentYears = !sameYear && !keysA.years.isEmpty && !keysB.years.isEmpty
        if sameYear { add(0.15, "same year") }
        // "2d ed." and "Second edition" are one edition in other words; a flag one statement lacks ("rev.") is not.
        if let x = keysA.edition, let y = keysB.edition, x.number != y.number || x.flags != y.flags {
            add(-0.2, "different edition statements (\(x.text) and \(y.text))")
        }
        if let (weight, reason) = PairRules.compareExtents(keysA, keysB) { add(weight, reason) }
        let differentPublishers = reasons.contains("different publishers")
        var rounded = (score * 100).rounded() / 100
        if rounded >= mergeThreshold, !titlesAgree || (!identified && (differentYears || differentPublishers || differentISBNs)) {
            // A shared number on a differently titled book is a wrong number; without an identifier in common, a
            // different year may be another printing or edition, and another publisher another issue (a London
            // and a New York one, a book club's). Either way a cataloguer decides.
            rounded = ((mergeThreshold - 0.01) * 100).rounded() / 100
            reasons.append(!titlesAgree ? "titles differ: not merged automatically"
                : differentISBNs ? "different ISBNs: not merged automatically"
                : differentYears ? "no identifier in common and different years" : "no identifier in common and different publishers")
        }
        if rounded >= mergeThreshold { return .merge(score: rounded, reasons: reasons) }
        if rounded >= reviewThreshold { return .review(score: rounded, reasons: reasons) }
        return .keepApart(reasons: reasons + ["too little in common (score \(rounded))"])
    }
}

extension PairRules {
    /// Page counts when both records give one; else volume counts when both do; else, when neither counts pages
    /// or volumes ("2 CD (ca 10 tim.)"), the largest numbers. "1 v." against "41 p." compares nothing. Page counts
    /// within 2 % are the same; within 10 % they are most often how two cataloguers counted unnumbered or preliminary pages
    /// ("[40] p." and "39 p."), but may be another printing: a little against.
    static func compareExtents(_ a: MatchKeys, _ b: MatchKeys) -> (Double, String)? {
        if let x = a.pages, let y = b.pages {
            if abs(x - y) * 50 <= max(x, y) { return (0.15, "same extent (\(x) and \(y) pages)") }
            if abs(x - y) * 10 <= max(x, y) { return (-0.05, "the extent differs a little (\(x) and \(y) pages)") }
            return (-0.15, "different extent (\(x) and \(y) pages)")
        }
        if let x = a.volumes, let y = b.volumes {
            return x == y ? (0.15, "same number of volumes (\(x))") : (-0.15, "different numbers of volumes (\(x) and \(y))")
        }
        guard a.pages == nil, b.pages == nil, a.volumes == nil, b.volumes == nil,
              let x = a.extent.max(), let y = b.extent.max(), x > 0, y > 0 else { return nil }
        return abs(x - y) * 50 <= max(x, y) ? (0.15, "same extent (\(x) and \(y))") : (-0.15, "different extent (\(x) and \(y))")
    }

    /// Two publisher keys share a word of four letters or more, however spelt ("g bell" and "george bell son",
    /// "c scibner son" and "c scribner son", "priv print" and "privately printed"), are one written together
    /// ("harpercollin" and "harper collin"), or one is the other's initials ("g p o" and "govt print off"): the
    /// same house written two ways.
    static func shareAName(_ a: String, _ b: String) -> Bool {
        let names: [Substring] = a.split(separator: " ").filter { $0.count >= 4 }
        let others: [Substring] = b.split(separator: " ").filter { $0.count >= 4 }
        if others.contains(where: { word in names.contains { Spelling.sameWord($0, word) } }) { return true }
        let runTogether = a.contains(" ") != b.contains(" ") && a.filter { $0 != " " } == b.filter { $0 != " " }
        return runTogether || Spelling.initials(a, b)
    }
}
