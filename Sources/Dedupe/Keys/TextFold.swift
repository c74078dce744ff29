/// Folds catalogue text to a match key: lower case, diacritics dropped, punctuation (ISBD's ` : `, ` / `, ` ; `
/// included) turned into single spaces, apostrophes joined (`Ellen's` → `ellens`).
///
/// Swedish letters stay letters: å, ä and ö are never folded to a or o ("Häxan" ≠ "Haxan"), and æ and ø are
/// folded to ä and ö as Swedish collation files them ("Høeg" = "Höeg"). NFD input (a letter followed by
/// U+0308 or U+030A, as some LIBRIS exports have) gives the same key as NFC. One pass over the scalars; the
/// table for Latin letters is built once from Unicode's canonical decompositions (`FoldTable`).
enum TextFold {
    /// The folded text: tokens separated by one space, no leading or trailing space.
    static func key(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        fold(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded tokens.
    static func tokens(_ text: some StringProtocol) -> [Substring] {
        key(text).split(separator: " ")
    }

    /// Appends the folded text to `out`, separated from what is already there by one space.
    static func fold(_ text: some StringProtocol, into out: inout [UInt8]) {
        var pendingSpace = !out.isEmpty
        var tokenStart = out.count
        @inline(__always) func begin() {
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
                tokenStart = out.count
            }
        }
        let utf8 = text.utf8
        var position = utf8.startIndex
        while position != utf8.endIndex {
            // Decode one scalar from the bytes (the text is valid UTF-8: it is a Swift string).
            let lead = utf8[position]
            position = utf8.index(after: position)
            var v = UInt32(lead)
            if lead >= 0x80 {
                let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
                v &= lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F
                for _ in 0..<extra where position != utf8.endIndex {
                    v = v << 6 | UInt32(utf8[position] & 0x3F)
                    position = utf8.index(after: position)
                }
            }
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case 0x30...0x39, 0x61...0x7A:
                    begin(); out.append(b)
                case 0x41...0x5A:
                    begin(); out.append(b | 0x20)
                case 0x27:  // apostrophe joins: "Ellen's"
                    continue
                default:
                    if out.count > 0 { pendingSpace = true }
                }
            } else if v >= 0x300 && v <= 0x36F {
                // A combining mark: only ring above on a, and diaeresis on a and o, make Swedish letters.
                guard !pendingSpace, let last = out.last, out.count > tokenStart else { continue }
                if v == 0x308 && last == 0x61 { out[out.count - 1] = 0xC3; out.append(0xA4) }  // ä
                else if v == 0x308 && last == 0x6F { out[out.count - 1] = 0xC3; out.append(0xB6) }  // ö
                else if v == 0x30A && last == 0x61 { out[out.count - 1] = 0xC3; out.append(0xA5) }  // å
            } else if v == 0x2018 || v == 0x2019 || v == 0x02BC || v == 0x02B9 {
                continue  // typographic apostrophes and the MARC soft sign join like "'"
            } else if let folded = FoldTable.shared.lookup(v) {
                if folded.isEmpty {
                    if out.count > 0 { pendingSpace = true }
                } else {
                    begin(); out.append(contentsOf: folded)
                }
            } else if let scalar = Unicode.Scalar(v),
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                begin(); out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else if out.count > 0 {
                pendingSpace = true
            }
        }
    }
}
