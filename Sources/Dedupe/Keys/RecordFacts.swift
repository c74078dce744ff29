import MARC

/// Years, extent and languages: small byte readers over control fields and subfields.
enum RecordFacts {
    /// 008/07-10 when all four are digits ("uuuu", "19uu" → nil).
    static func date1(_ field008: String) -> Int? {
        let bytes = Array(field008.utf8)
        guard bytes.count >= 11 else { return nil }
        return fourDigits(bytes[7..<11])
    }

    /// 008/06, the type of date.
    static func dateType(_ field008: String) -> UInt8? {
        let bytes = field008.utf8
        return bytes.count > 6 ? bytes[bytes.index(bytes.startIndex, offsetBy: 6)] : nil
    }

    /// 008/11-14 when 008/06 is `m` (multiple years) or `q` (questionable date) and it is a year not before date1.
    static func dateRangeEnd(_ field008: String) -> Int? {
        guard let type = dateType(field008), type == 0x6D || type == 0x71, let first = date1(field008) else { return nil }
        let bytes = Array(field008.utf8)
        guard bytes.count >= 15, let last = fourDigits(bytes[11..<15]), last >= first else { return nil }
        return last
    }

    /// 008/35-37 when three lower-case letters (blanks, "|||", "und", "zxx" and "mul" carry nothing to compare).
    static func language008(_ field008: String) -> String? {
        let bytes = Array(field008.utf8)
        guard bytes.count >= 38 else { return nil }
        return languageCode(bytes[35..<38])
    }

    /// The codes in a 041 subfield; old records run several together ("swedan" → swe, dan).
    static func languageCodes(_ value: String) -> [String] {
        let bytes = value.utf8.filter { $0 != 0x20 && $0 != 0x2D }
        guard bytes.count % 3 == 0 else { return [] }
        return stride(from: 0, to: bytes.count, by: 3).compactMap { languageCode(bytes[$0..<$0 + 3]) }
    }

    private static func languageCode(_ bytes: ArraySlice<UInt8>) -> String? {
        var code: [UInt8] = []
        for b in bytes {
            if b >= 0x61 && b <= 0x7A { code.append(b) } else if b >= 0x41 && b <= 0x5A { code.append(b | 0x20) } else { return nil }
        }
        let text = String(decoding: code, as: UTF8.self)
        return ["und", "zxx", "mul", "xxx"].contains(text) ? nil : text
    }

    /// Every run of exactly four digits from 1000 to 2199 ("c2015" → 2015, "[2015]", "2015-2016" → both).
    static func years(_ text: String) -> [Int] {
        var years: [Int] = []
        var run: [UInt8] = []
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 { run.append(b); continue }
            if run.count == 4, let year = fourDigits(run[...]) { years.append(year) }
            run.removeAll(keepingCapacity: true)
        }
        if run.count == 4, let year = fourDigits(run[...]) { years.append(year) }
        return years
    }

    /// Every number in the text, in order ("412 s." → [412]; "2 CD (ca 10 tim.)" → [2, 10]).
    static func numbers(_ text: String) -> [Int] {
        var numbers: [Int] = []
        var value = 0, digits = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if digits < 9 { value = value * 10 + Int(b - 0x30) }
                digits += 1
            } else if digits > 0 {
                numbers.append(value); value = 0; digits = 0
            }
        }
        if digits > 0 { numbers.append(value) }
        return numbers
    }

    /// The page count and the number of volumes of an extent (300 $a). A word for pages or leaves counts the run of
    /// numbers before it, roman numerals passed over ("xiv, 309, vii, [1] p." → 309; "334p." → 334), and "p."
    /// before numbers counts those ("pp. 280", "p. [759]-773"); leaves of plates are left out, and the page count
    /// is the largest. The volumes are the number before a word for volumes ("3 v.", "2v."), none when parts are
    /// bound together ("4 v. in 2").
    static func pagesAndVolumes(_ text: String) -> (pages: Int?, volumes: Int?) {
        var tokens: [Substring] = []
        for token in TextFold.tokens(text) {
            // "334p" and "2v": a number run together with its unit.
            if let split = token.firstIndex(where: { !$0.isASCII || !$0.isNumber }), split > token.startIndex {
                tokens += [token[..<split], token[split...]]
            } else {
                tokens.append(token)
            }
        }
        func isRoman(_ token: Substring) -> Bool {
            token.count > 1 && token.allSatisfy { "ivxlc".contains($0) }
        }
        var pages: Int?, volumes: Int?
        for (index, unit) in tokens.enumerated() {
            var largest = 0
            if pageWords.contains(unit) || volumeWords.contains(unit) {
                var run = index - 1
                while run >= 0, Int(tokens[run]) != nil || isRoman(tokens[run]) {
                    largest = max(largest, Int(tokens[run]) ?? 0)
                    run -= 1
                }
            }
            if largest == 0, unit == "p" || unit == "pp", index == 0 || Int(tokens[index - 1]) == nil {
                var run = index + 1
                while run < tokens.count, let value = Int(tokens[run]) {
                    largest = max(largest, value)
                    run += 1
                }
            }
            guard largest > 0 else { continue }
            if pageWords.contains(unit) {
                let ofPlates = index + 2 < tokens.count && tokens[index + 1] == "of" && tokens[index + 2].hasPrefix("plate")
                if !ofPlates { pages = max(pages ?? 0, largest) }
            } else if volumeWords.contains(unit), volumes == nil, let value = Int(tokens[index - 1]) {
                volumes = value
            }
        }
        return (pages, tokens.contains("in") ? nil : volumes)
    }

    private static let pageWords: Set<Substring> = [
        "p", "pp", "page", "pages", "s", "sid", "sidor", "l", "leaf", "leaves", "bl", "blad", "ℓ",
    ]

    private static let volumeWords: Set<Substring> = ["v", "vol", "vols", "volume", "volumes", "band", "bd", "bde", "delar"]

    private static func fourDigits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value >= 1000 && value < 2200 ? value : nil
    }
}
