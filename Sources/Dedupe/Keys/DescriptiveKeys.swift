import MARC

/// Title, author and publisher keys: folded text (`TextFold`) with the conventions of each field.
enum DescriptiveKeys {
    /// 245 $a $b $n $p (or $a only), the first `ind2` characters of $a skipped as non-filing. Articles are
    /// dropped only through the indicator, never by a word list ("En" may be the first word of a title).
    /// "&", "och", "and", "und", "og" are dropped, so "Krig & fred" = "Krig och fred".
    static func title(_ field: Field, codes: Set<UInt8>) -> String {
        var out: [UInt8] = []
        var skip = 0
        if field.indicator2 >= 0x31 && field.indicator2 <= 0x39 { skip = Int(field.indicator2 - 0x30) }
        var firstA = true
        for subfield in field.subfields where codes.contains(subfield.code) {
            if subfield.code == 0x61 && firstA && skip > 0 {
                firstA = false
                let value = subfield.value
                let start = value.index(value.startIndex, offsetBy: skip, limitedBy: value.endIndex) ?? value.endIndex
                TextFold.fold(value[start...], into: &out)
            } else {
                if subfield.code == 0x61 { firstA = false }
                TextFold.fold(subfield.value, into: &out)
            }
        }
        return dropConnectives(String(decoding: out, as: UTF8.self))
    }

    /// Removes the words "och", "and", "und", "og" from a folded key (a folded "&" is already a space).
    /// A byte scan over the tokens: most titles have none and are returned as they are.
    static func dropConnectives(_ key: String) -> String {
        var bytes = Array(key.utf8)
        var out: [UInt8] = []
        var found = false
        var start = 0
        bytes.append(0x20)
        for index in bytes.indices where bytes[index] == 0x20 {
            let word = bytes[start..<index]
            start = index + 1
            if isConnective(word) { found = true; continue }
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: word)
        }
        return found ? String(decoding: out, as: UTF8.self) : key
    }

    private static func isConnective(_ word: ArraySlice<UInt8>) -> Bool {
        switch word.count {
        case 2: return word.elementsEqual("og".utf8)
        case 3: return word.elementsEqual("och".utf8) || word.elementsEqual("and".utf8) || word.elementsEqual("und".utf8)
        default: return false
        }
    }

    /// A personal or corporate name, surname first: "Sjöberg, Åsa" → `sjöberg åsa`. A personal name written
    /// forename first where indicator 1 says surname (`1`) and there is no comma ("Åsa Sjöberg") is turned
    /// round: its last word goes first. Forename-only names (indicator 0: "Homeros", "Elizabeth II") and
    /// corporate names (110, 111, 710, 711) stay as written.
    static func author(_ field: Field) -> String? {
        guard let name = field.first("a") else { return nil }
        var key = TextFold.key(name)
        guard !key.isEmpty else { return nil }
        let personal = field.tag == "100" || field.tag == "700"
        if personal && field.indicator1 == 0x31 && !name.utf8.contains(0x2C) {
            var words = key.split(separator: " ")
            if words.count > 1 {
                let surname = words.removeLast()
                key = ([surname] + words).joined(separator: " ")
            }
        }
        return key
    }

    /// Publisher key from 260/264 $b: folded, with company and publishing words and a genitive -s dropped, so
    /// "Albert Bonniers förlag" → `albert bonnier`, "Bonnier" → `bonnier`, "Bonnier Carlsen" → `bonnier
    /// carlsen`, "Rabén & Sjögren" → `rabén sjögren`. Whether `albert bonnier` and `bonnier` are one house
    /// is for the comparison to say (`samePublisher`). RDA's "[publisher not identified]" and "[förlag okänt]"
    /// name no publisher.
    static func publisher(_ text: String) -> String? {
        var words: [Substring] = []
        for word in TextFold.tokens(text) where !publisherNoise.contains(word) {
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
                words.append(word.dropLast())
            } else {
                words.append(word)
            }
        }
        let key = words.joined(separator: " ")
        return words.isEmpty || unnamed.contains(key) ? nil : key
    }

    private static let unnamed: Set<String> = ["not identified", "okänt", "okänd", "utgivare okänd"]

    /// True when every word of the shorter publisher key is in the longer ("bonnier" and "albert bonnier").
    static func samePublisher(_ a: String, _ b: String) -> Bool {
        let wordsA = Set(a.split(separator: " ")), wordsB = Set(b.split(separator: " "))
        return wordsA.count <= wordsB.count ? wordsA.isSubset(of: wordsB) : wordsB.isSubset(of: wordsA)
    }

    private static let publisherNoise: Set<Substring> = [
        "förlag", "förlaget", "bokförlag", "bokförlaget", "förlags", "ab", "hb", "kb", "oy", "as", "a", "s", "gmbh",
        "publishing", "publishers", "publisher", "publ", "pub", "inc", "ltd", "limited", "llc", "co", "company",
        "corp", "corporation", "verlag", "forlag", "forlaget", "och", "and", "und", "og", "the", "books", "böcker",
        "bokhandel", "group", "house", "press", "utgivare", "distribution", "distr", "sn", "n",
    ]
}
