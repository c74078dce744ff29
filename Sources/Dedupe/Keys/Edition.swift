/// An edition statement (250 $a) read into what decides whether two records are the same edition: its
/// number, the printing when one is named, and flags.
///
/// "2. uppl.", "2:a uppl.", "Andra upplagan", "2nd ed.", "Second edition" → number 2. "Rev. ed.",
/// "Reviderad utg.", "Omarb. uppl." → `revised`; "Utök. uppl.", "Enlarged ed." → `expanded`; "Ny utg.",
/// "New ed." → `new`; "Förk. uppl.", "Abridged" → `abridged`; "Lättläst" → `easy-read`; "Faksimil" →
/// `facsimile`. A number followed by a printing word ("2. tr.", "3rd printing") is the printing, not the
/// edition: printings of one edition are the same edition. Words for "edition" themselves carry nothing.
public struct Edition: Sendable, Equatable, Hashable, Codable {
    public var number: Int?
    public var printing: Int?
    /// Sorted, each at most once.
    public var flags: [String]
    /// The statement folded (`TextFold`), for reasons shown to people.
    public var text: String

    public init(number: Int? = nil, printing: Int? = nil, flags: [String] = [], text: String = "") {
        self.number = number
        self.printing = printing
        self.flags = flags
        self.text = text
    }

    /// Reads a statement; nil when it is empty after folding.
    public static func parse(_ statement: String) -> Edition? {
        let text = TextFold.key(statement)
        guard !text.isEmpty else { return nil }
        let tokens = text.split(separator: " ")
        var edition = Edition(text: text)
        var flags = Set<String>()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var value = NumberWords.digits(token) ?? NumberWords.ordinal(token)
            if value == nil, index + 1 < tokens.count, editionWords.contains(String(tokens[index + 1])) {
                value = NumberWords.roman(token)  // "II. uppl."
            }
            if let value {
                // "2:a" folds to "2 a": skip the ordinal ending, then see what the number counts.
                var next = index + 1
                if next < tokens.count, tokens[next] == "a" || tokens[next] == "e" { next += 1 }
                while next < tokens.count, flagWords[String(tokens[next])] != nil {
                    flags.insert(flagWords[String(tokens[next])]!)
                    next += 1
                }
                if next < tokens.count, printingWords.contains(String(tokens[next])) {
                    if edition.printing == nil { edition.printing = value }
                } else if edition.number == nil {
                    edition.number = value
                }
                index = next
                continue
            }
            if let flag = flagWords[String(token)] { flags.insert(flag) }
            index += 1
        }
        edition.flags = flags.sorted()
        return edition
    }

    private static let editionWords: Set<String> = [
        "uppl", "upplagan", "upplaga", "utg", "utgåvan", "utgåva", "ed", "edition", "edn", "aufl", "auflage",
        "opplag", "udg", "udgave", "painos",
    ]

    private static let printingWords: Set<String> = [
        "tr", "tryckn", "tryckning", "tryckningen", "printing", "print", "pr", "impr", "impression", "druck",
        "oplag", "opl", "reprint", "nytryck",
    ]

    private static let flagWords: [String: String] = [
        "rev": "revised", "reviderad": "revised", "reviderade": "revised", "revised": "revised",
        "revidert": "revised", "omarb": "revised", "omarbetad": "revised", "omarbetade": "revised",
        "bearb": "revised", "bearbetad": "revised", "bearbetade": "revised", "genomsedd": "revised",
        "översedd": "revised", "korr": "revised", "korrigerad": "revised", "corr": "revised",
        "corrected": "revised", "updated": "revised", "uppdaterad": "revised", "uppdat": "revised",
        "utök": "expanded", "utökad": "expanded", "utökade": "expanded", "utvidgad": "expanded",
        "utvidgade": "expanded", "tillökad": "expanded", "enl": "expanded", "enlarged": "expanded",
        "expanded": "expanded", "exp": "expanded", "augm": "expanded", "augmented": "expanded",
        "ny": "new", "nya": "new", "new": "new", "nyutg": "new", "nyutgåva": "new", "nyutgåvan": "new",
        "förk": "abridged", "förkortad": "abridged", "abridged": "abridged", "abr": "abridged",
        "lättläst": "easy-read", "lättlästa": "easy-read", "faksimil": "facsimile", "facsimile": "facsimile",
        "faks": "facsimile", "jubileumsutg": "jubilee", "jubileumsutgåva": "jubilee",
    ]
}
