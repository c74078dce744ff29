/// Numbers as catalogues write them: digits with ordinal endings ("2nd", "3e", "1st"), Swedish and English
/// number words and ordinals ("andra", "second", "tre"), and roman numerals ("II", "xiv"). Tokens are folded
/// (lower case) already.
enum NumberWords {
    /// A token of digits, optionally with an ordinal ending: "2", "2nd", "3rd", "4th", "2d" (older English), "2a",
    /// "3e", "3dje".
    static func digits(_ token: Substring) -> Int? {
        var value = 0
        var count = 0
        var index = token.utf8.startIndex
        while index != token.utf8.endIndex, let digit = digitValue(token.utf8[index]) {
            guard count < 6 else { return nil }
            value = value * 10 + digit
            count += 1
            index = token.utf8.index(after: index)
        }
        guard count > 0 else { return nil }
        let suffix = token[index...]
        return suffix.isEmpty || ordinalEndings.contains(String(suffix)) ? value : nil
    }

    private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th", "d", "a", "e", "dje", "de", "te", "er"]

    private static func digitValue(_ byte: UInt8) -> Int? {
        byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil
    }

    /// A number word or ordinal, Swedish or English: "andra" → 2, "second" → 2, "tre" → 3.
    static func word(_ token: Substring) -> Int? { words[String(token)] }

    /// Ordinals only (a cardinal "en" or "ett" is too common a word to read as 1 outside a volume designation).
    static func ordinal(_ token: Substring) -> Int? { ordinals[String(token)] }

    /// A roman numeral, 1…3999, strictly formed ("ii", "iv", "xiv"; not "iiii" or "vx").
    static func roman(_ token: Substring) -> Int? {
        guard !token.isEmpty, token.utf8.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for byte in token.utf8.reversed() {
            let value: Int
            switch byte {
            case 0x69: value = 1
            case 0x76: value = 5
            case 0x78: value = 10
            case 0x6C: value = 50
            case 0x63: value = 100
            case 0x64: value = 500
            case 0x6D: value = 1000
            default: return nil
            }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        guard total > 0, total < 4000, toRoman(total) == token else { return nil }
        return total
    }

    private static func toRoman(_ number: Int) -> Substring {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
            (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = number
        var out = ""
        for (value, letters) in table {
            while rest >= value { out += letters; rest -= value }
        }
        return Substring(out)
    }

    private static let ordinals: [String: Int] = {
        let swedish = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde",
                       "tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde",
                       "artonde", "nittonde", "tjugonde"]
        let english = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        var table: [String: Int] = [:]
        for (index, word) in swedish.enumerated() { table[word] = index + 1 }
        for (index, word) in english.enumerated() { table[word] = index + 1 }
        table["förste"] = 1
        table["annan"] = 2
        return table
    }()

    private static let words: [String: Int] = {
        var table = ordinals
        let swedish = ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
        let english = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve"]
        for (index, word) in swedish.enumerated() { table[word] = index + 1 }
        for (index, word) in english.enumerated() { table[word] = index + 1 }
        table["en"] = 1
        return table
    }()
}
