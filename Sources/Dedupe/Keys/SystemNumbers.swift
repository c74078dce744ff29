import MARC

/// LIBRIS ids and other system numbers from 001/003 and 035.
public enum SystemNumbers {
    /// What 035 $a and $9 say: LIBRIS ids, old LIBRIS III numbers, and other `(prefix)number` keys.
    struct Found {
        var libris: [String] = []
        var librisIII: [String] = []
        var other: [String] = []
    }

    /// Prefixes that name LIBRIS (compared folded: `(SE-LIBR)`, `(LIBRIS)`, `(Libris)`, `(SE-LIBR)libris-…`).
    private static let librisPrefixes: Set<String> = ["se libr", "libris", "se libris", "selibr"]

    static func read(_ record: Record) -> Found {
        var found = Found()
        if let id = record.controlValue("001"), let org = record.controlValue("003"),
            TextFold.key(org) == "se libr"
        {
            let trimmed = trim(id)
            if !trimmed.isEmpty { found.libris.append(trimmed) }
        }
        for field in record.fields where field.tag == "035" {
            for subfield in field.subfields {
                if subfield.code == 0x39 {  // $9: the LIBRIS III number
                    let value = trim(subfield.value)
                    if !value.isEmpty { found.librisIII.append(value) }
                } else if subfield.code == 0x61 {
                    guard let (prefix, number) = split(subfield.value) else { continue }
                    let kind = TextFold.key(prefix)
                    if librisPrefixes.contains(kind) {
                        found.libris.append(number)
                    } else if kind == "ocolc" {
                        found.other.append("ocolc:" + stripOCLCPrefix(number))
                    } else if !kind.isEmpty {
                        found.other.append(kind.split(separator: " ").joined(separator: "-") + ":" + number)
                    }
                }
            }
        }
        return found
    }

    /// "(OCoLC)ocm12345 " → ("OCoLC", "ocm12345"); nil without a parenthesised prefix or a number.
    static func split(_ value: String) -> (String, String)? {
        let trimmedValue = value.drop { $0 == " " }
        guard trimmedValue.first == "(", let close = trimmedValue.firstIndex(of: ")") else { return nil }
        let prefix = trimmedValue[trimmedValue.index(after: trimmedValue.startIndex)..<close]
        let number = trim(trimmedValue[trimmedValue.index(after: close)...])
        return number.isEmpty ? nil : (String(prefix), number)
    }

    private static func stripOCLCPrefix(_ number: String) -> String {
        var rest = Substring(number)
        for prefix in ["ocm", "ocn", "on"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        let digits = rest.drop { $0 == "0" }
        return digits.isEmpty ? String(rest) : String(digits)
    }

    private static func trim(_ text: some StringProtocol) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " || $0 == "." }.reversed())
    }
}
