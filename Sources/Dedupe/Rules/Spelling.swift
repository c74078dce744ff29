/// Two ways of writing one word or name, as catalogues do: an abbreviation ("priv" and "privately", "westview"
/// and "westviewpress"), a slip of one letter ("scibner" and "scribner", "weekes" and "weeks"), or initials
/// ("g p o" and "govt print off", "aps" and "american phytopathological society").
enum Spelling {
    /// The same word written two ways: equal; or one of four letters or more beginning the other; or, both of
    /// five letters or more, one letter added, dropped, changed or two swapped.
    static func sameWord(_ a: Substring, _ b: Substring) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 4, long.hasPrefix(short) { return true }
        return short.count >= 5 && oneEdit(Array(short.unicodeScalars), Array(long.unicodeScalars))
    }

    /// Two names of five letters (or `minimum`) or more one letter apart ("weekes" and "weeks", "chang" and "zhang",
    /// "englehardt" and "engelhardt"); names that only begin alike ("karl", "karlsson") are other names.
    static func oneLetterApart(_ a: Substring, _ b: Substring, minimum: Int = 5) -> Bool {
        guard a != b, min(a.count, b.count) >= minimum else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return oneEdit(Array(short.unicodeScalars), Array(long.unicodeScalars))
    }

    /// One key is the initials of the other's words ("g p o", "aps" against "govt print off", "american
    /// phytopathological society"), small words ("of", "for", "the") left out; three letters at least.
    static func initials(_ a: String, _ b: String) -> Bool {
        func acronym(_ key: String) -> String? {
            let words = key.split(separator: " ")
            if words.count == 1 { return (3...5).contains(words[0].count) ? key : nil }
            return words.count >= 3 && words.allSatisfy { $0.count == 1 } ? words.joined() : nil
        }
        func firstLetters(_ key: String) -> String {
            String(key.split(separator: " ").filter { !smallWords.contains($0) }.compactMap(\.first))
        }
        if let x = acronym(a), b.contains(" "), firstLetters(b) == x { return true }
        if let y = acronym(b), a.contains(" "), firstLetters(a) == y { return true }
        return false
    }

    private static let smallWords: Set<Substring> = ["of", "for", "the", "on", "in", "at", "to", "a", "an", "de", "du", "för", "i", "på"]

    /// Equal lengths with one letter changed or two neighbours swapped, or one letter more in `long`.
    private static func oneEdit(_ short: [Unicode.Scalar], _ long: [Unicode.Scalar]) -> Bool {
        if long.count - short.count > 1 { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if short.count == long.count {
            if short[(i + 1)...] == long[(i + 1)...] { return true }
            return i + 1 < short.count && short[i] == long[i + 1] && short[i + 1] == long[i] && short[(i + 2)...] == long[(i + 2)...]
        }
        return short[i...] == long[(i + 1)...]
    }
}
