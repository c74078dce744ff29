/// The qualifier beside an ISBN (020 $a after the number, or 020 $q), normalised so that records can be
/// compared: "(inb.)", "inbunden" and "hardback" all read `inbunden`. Known words become one canonical term
/// each; unknown words stay as folded text ("v. 1" → `v 1`), so nothing that might matter is lost.
///
/// Canonical terms: inbunden, häftad, pocket, storpocket, kartonnage, spiral, ljudbok, daisy, e-bok, cd, mp3,
/// storstil, dvd, blu-ray.
public enum ISBNQualifier {
    public static func normalise(_ text: String) -> String? {
        let tokens = TextFold.tokens(text)
        if tokens.isEmpty { return nil }
        var terms: [String] = []
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, let term = pairs[tokens[index] + " " + tokens[index + 1]] {
                terms.append(term); index += 2; continue
            }
            let token = String(tokens[index])
            terms.append(words[token] ?? token)
            index += 1
        }
        var seen = Set<String>()
        terms = terms.filter { !ignored.contains($0) && seen.insert($0).inserted }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    private static let ignored: Set<String> = ["isbn"]

    private static let pairs: [String: String] = [
        "e bok": "e-bok", "e book": "e-bok", "large print": "storstil", "stor stil": "storstil",
        "board book": "kartonnage", "ljud cd": "cd", "mp3 cd": "mp3", "cd mp3": "mp3", "blu ray": "blu-ray",
        "stor pocket": "storpocket", "digital bok": "e-bok",
    ]

    private static let words: [String: String] = [
        "inb": "inbunden", "inbunden": "inbunden", "inbundet": "inbunden", "inbundna": "inbunden",
        "hardback": "inbunden", "hardcover": "inbunden", "hbk": "inbunden", "hb": "inbunden", "cloth": "inbunden",
        "geb": "inbunden", "gebunden": "inbunden", "hft": "häftad", "häft": "häftad", "häftad": "häftad",
        "häftat": "häftad", "häftade": "häftad", "paperback": "häftad", "pbk": "häftad", "pb": "häftad",
        "pback": "häftad", "paper": "häftad", "softcover": "häftad", "kart": "kartonnage", "kartonnage": "kartonnage",
        "kartonnerad": "kartonnage", "pocket": "pocket", "pocketbok": "pocket", "storpocket": "storpocket",
        "spiral": "spiral", "spiralbunden": "spiral", "ljudbok": "ljudbok", "audiobook": "ljudbok",
        "talbok": "daisy", "daisy": "daisy", "ebok": "e-bok", "ebook": "e-bok", "epub": "e-bok", "pdf": "e-bok",
        "cd": "cd", "cdbok": "cd", "mp3": "mp3", "storstil": "storstil", "dvd": "dvd",
    ]
}
