/// Volume or part designations (245 $n $p, 490 $v, 8XX $v) reduced to what identifies the volume: "Del 2",
/// "D. 2", "Vol. II", "Bd 2", "2:a delen", "Part two" and "2" all read `2`; "Vol. 1-2" reads `1-2`. A part
/// without a number keeps its folded name ("Registret" → `registret`).
///
/// Designator words (del, d, vol, band, bd, part, nr, häfte …) are dropped; the numbers after them are read as
/// digits, roman numerals or number words. Roman numerals and words count only after a designator, or as the
/// whole value for numerals of i, v and x alone ("II"), so a part title ("Mix", "Liv", "En sommar") stays a
/// word. A lone "Vi" would read 6: part names that short are rare enough to accept that.
public enum VolumeDesignation {
    public static func normalise(_ text: String) -> String? {
        let tokens = TextFold.tokens(text)
        guard !tokens.isEmpty else { return nil }
        var numbers: [Int] = []
        var afterDesignator = false
        for (index, token) in tokens.enumerated() {
            if designators.contains(String(token)) {
                if !numbers.isEmpty { break }
                afterDesignator = true
                continue
            }
            let alone = tokens.count == 1
            var value = NumberWords.digits(token)
            if value == nil, afterDesignator || !numbers.isEmpty {
                value = NumberWords.roman(token) ?? NumberWords.word(token)
            } else if value == nil, alone, token.utf8.allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }) {
                value = NumberWords.roman(token)  // a lone "II"; "Mix" or "Liv" alone stay words
            }
            if value == nil, index + 1 < tokens.count, designators.contains(String(tokens[index + 1])) {
                value = NumberWords.ordinal(token)  // "andra delen"
            }
            if let value {
                numbers.append(value)
                continue
            }
            if !numbers.isEmpty && (token == "a" || token == "e") { continue }  // "2:a delen"
            break  // the first word that is neither designator nor number ends the designation
        }
        if !numbers.isEmpty { return numbers.map(String.init).joined(separator: "-") }
        return tokens.joined(separator: " ")
    }

    private static let designators: Set<String> = [
        "del", "delen", "d", "dl", "vol", "volume", "volym", "volymen", "v", "band", "bd", "bandet", "bind",
        "part", "pt", "pts", "nr", "no", "n", "number", "nummer", "num", "häfte", "h", "hft", "t", "tome", "tom",
        "teil", "book", "bk", "bok", "boken", "avd", "avdelning", "afd", "sect", "section", "sektion", "serie",
    ]
}
