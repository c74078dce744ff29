/// How alike two folded title keys are: one the other's beginning, the same letters, one letter apart, or how
/// many of their words are shared.
enum TitleSimilarity {
    /// The shorter title, of three words (or `minimumWords`) or more, is how the longer one begins (a subtitle or statement the
    /// other record left out).
    static func contains(_ a: String, _ b: String, minimumWords: Int = 3) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard !short.isEmpty, short.split(separator: " ").count >= minimumWords else { return false }
        return long.hasPrefix(short + " ")
    }

    /// The same words but one or two, each a word of four letters or more written one letter differently
    /// ("behavior" and "behaviour", "virginibus" and "virginibvs"): the first such pair, or nil. Numbers and
    /// roman numerals must be the same ("s 1970" and "s 1971" are two documents, "xvii" and "xviii" two volumes).
    static func misspelt(_ a: String, _ b: String) -> (Substring, Substring)? {
        let x = a.split(separator: " "), y = b.split(separator: " ")
        guard x.count == y.count, x.count >= 2 else { return nil }
        var first: (Substring, Substring)?
        var differences = 0
        for (u, v) in zip(x, y) where u != v {
            differences += 1
            guard differences <= 2, min(u.count, v.count) >= 4, u.allSatisfy(\.isLetter), v.allSatisfy(\.isLetter),
                  !isRoman(u), !isRoman(v), Spelling.oneLetterApart(u, v, minimum: 4) else { return nil }
            if first == nil { first = (u, v) }
        }
        return first
    }

    /// The same letters once spaces and small words are left out ("water colors" and "watercolors", "realms of
    /// the day" and "realms of day", "formulä for the" and "formulä or the"), or those of the shorter title, of
    /// twelve letters or more, begin the other's. Numbers must be the same ("part 1" and "part 12" are two).
    static func sameLetters(_ a: String, _ b: String) -> Bool {
        func letters(_ title: String) -> String {
            title.split(separator: " ").filter { !smallWords.contains($0) }.joined()
        }
        func numbers(_ title: String) -> Set<Substring> { Set(title.split(separator: " ").filter { $0.first?.isNumber == true }) }
        guard numbers(a) == numbers(b) else { return false }
        let x = letters(a), y = letters(b)
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return !short.isEmpty && (short == long || (short.count >= 12 && long.hasPrefix(short)))
    }

    private static let smallWords: Set<Substring> = [
        "a", "an", "the", "of", "or", "for", "on", "in", "to", "by", "at", "with", "en", "ett", "av", "för", "på", "med", "till",
    ]

    private static func isRoman(_ word: Substring) -> Bool { word.allSatisfy { "ivxlcdm".contains($0) } }

    /// How many of the words of two folded keys are shared (Jaccard over word sets), 0…1.
    static func words(_ a: String, _ b: String) -> Double {
        let x = Set(a.split(separator: " ")), y = Set(b.split(separator: " "))
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}
