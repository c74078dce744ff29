/// How plausible it is that non-UTF-8 catalogue text is MARC-8 rather than Latin-1, and the reverse.
///
/// Both readings "decode" almost any byte string: the Latin-1 bytes of ä, å, é, ö (E4, E5, E9, F6) are MARC-8
/// combining marks, so "Sjöberg" in Latin-1 reads as MARC-8 "Sjb̲erg". What tells them apart is whether the
/// result looks like catalogue text: in MARC-8 a mark stands before a letter it is commonly put on ("e" with
/// acute, "u" with umlaut); in Latin-1, Nordic and other accented letters stand inside or at the end of words.
/// Each high byte scores both readings; a MARC-8 escape sequence is strong evidence on its own.
struct CharsetPlausibility {
    private(set) var marc8 = 0
    private(set) var latin1 = 0

    /// Positive: MARC-8 is the better reading; negative: Latin-1.
    var margin: Int { marc8 - latin1 }

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in bytes.indices where bytes[index] >= 0x80 || bytes[index] == 0x1B {
            let before = index > 0 ? bytes[index - 1] : 0x20
            // A byte right after a subfield delimiter is a subfield code, structure rather than text.
            if before == 0x1F { continue }
            let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if bytes[index] == 0x1B {
                marc8 += CharsetPlausibility.isMARC8Escape(bytes, at: index) ? 10 : 0
                continue
            }
            if index >= 2, bytes[index - 2] == bytes[index], CharsetPlausibility.isANSELMark(bytes[index]) {
                // The same mark on every letter ("C̲a̲l̲l̲") is MARC-8 underlining; no language alternates a letter so.
                marc8 += 2
                continue
            }
            latin1 += CharsetPlausibility.latin1Score(bytes[index], before: before, after: after)
            marc8 += CharsetPlausibility.marc8Score(bytes, at: index, before: before, after: after)
        }
    }

    // MARK: Latin-1 reading

    /// å ä ö Å Ä Ö and the Danish-Norwegian æ ø Æ Ø: everyday letters of Nordic text.
    private static let nordicLetters: Set<UInt8> = [0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE6, 0xF8, 0xC6, 0xD8]

    static func latin1Score(_ byte: UInt8, before: UInt8, after: UInt8) -> Int {
        let nextToLetter = isLetter(before) || isLetter(after)
        switch byte {
        case _ where nordicLetters.contains(byte):
            // In Nordic words these letters stand before consonants or end the word ("på", "Västerås");
            // before a vowel they are rare, while MARC-8 puts marks on vowels all the time ("Jo\u{E4}ao" is João).
            guard nextToLetter else { return 1 }
            return isVowel(after) ? 1 : 4
        case 0xC0...0xFF where byte != 0xD7 && byte != 0xF7: return nextToLetter ? 1 : 0
        case 0x80...0x9F: return Latin1Text.isUndefined(byte) ? -5 : 1
        default: return 0  // symbols (©, °, «, §, ½) and the multiplication and division signs
        }
    }

    // MARK: MARC-8 reading

    static func marc8Score(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before: UInt8, after: UInt8) -> Int {
        let byte = bytes[index]
        if isANSELMark(byte) {
            // The base letter is the first byte after this run of marks.
            var next = index + 1
            while next < bytes.count && isANSELMark(bytes[next]) { next += 1 }
            guard next < bytes.count, isASCIILetter(bytes[next]) else { return -4 }
            if commonMarks[byte]?.contains(bytes[next]) == true { return 3 }
            return composingPairs.contains(UInt16(byte) << 8 | UInt16(bytes[next])) ? 2 : -1
        }
        switch byte {
        case 0xA1...0xA6, 0xAC, 0xAD, 0xB1...0xB6, 0xB8, 0xBA, 0xBC, 0xBD, 0xC7:
            return isLetter(before) ? 2 : 1  // Ł Ø Đ Þ Æ Œ Ơ Ư ł ø đ þ æ œ ı ð ơ ư ß
        case 0xC0, 0xC1:
            return isDigit(before) ? 2 : 0  // degree sign, script small l after a number: "98.6°", "45ℓ"
        case 0xC2, 0xC3:
            return isDigit(after) ? 2 : 0  // sound recording copyright and copyright before a year: "©1955"
        case 0xC4:
            return before >= 0x41 && before <= 0x47 ? 2 : 0  // musical sharp after a key: "F♯ major"
        case 0xC5, 0xC6:
            return !isLetter(before) && isASCIILetter(after) ? 2 : 0  // "¿Que", "¡Ay" opening a word
        case 0xA7...0xAB, 0xAE, 0xB0, 0xB7, 0xB9, 0xC8, 0x88, 0x89, 0x8D, 0x8E:
            return 0  // modifier letters, symbols, non-sort marks
        default:
            return -5  // not a MARC-8 character at all
        }
    }

    /// ANSEL combining marks (E0–FB and FE).
    static func isANSELMark(_ byte: UInt8) -> Bool { (byte >= 0xE0 && byte <= 0xFB) || byte == 0xFE }

    /// For each ANSEL mark, the base letters it is commonly put on in catalogue text. A mark on anything else is
    /// possible (romanisation), but is how Latin-1 text looks when misread as MARC-8.
    private static let commonMarks: [UInt8: Set<UInt8>] = [
        0xE1: letters("aeiouAEIOU"),  // grave
        0xE2: letters("aeiouyAEIOUYcCnNsSzZlLrR"),  // acute
        0xE3: letters("aeiouAEIOU"),  // circumflex
        0xE4: letters("nNaoAO"),  // tilde
        0xE5: letters("aeiouAEIOU"),  // macron (romanised Japanese, Arabic)
        0xE6: letters("aAgGuUiI"),  // breve (Turkish ğ, Romanian ă, romanised Russian ĭ, ŭ)
        0xE7: letters("zZIeEgG"),  // dot above
        0xE8: letters("aeiouyAEIOUY"),  // umlaut
        0xE9: letters("cCsSzZrReEnNdDtT"),  // caron
        0xEA: letters("aAuU"),  // ring above
        0xEB: letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),  // ligature, first half (t͡s, i͡a)
        0xEC: letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),  // ligature, second half
        0xEE: letters("oOuU"),  // double acute
        0xF0: letters("cCsStTgG"),  // cedilla
        0xF1: letters("aAeEiIuU"),  // ogonek
        0xF2: letters("aeiouhHdDtTsSnNrRzZmM"),  // dot below (romanisation)
    ]

    private static func letters(_ text: String) -> Set<UInt8> { Set(text.utf8) }

    /// (ANSEL mark << 8 | ASCII letter) for every pair Unicode has a precomposed letter for.
    private static let composingPairs: Set<UInt16> = {
        let marks: [UInt8: UInt32] = [
            0xE0: 0x309, 0xE1: 0x300, 0xE2: 0x301, 0xE3: 0x302, 0xE4: 0x303, 0xE5: 0x304, 0xE6: 0x306, 0xE7: 0x307,
            0xE8: 0x308, 0xE9: 0x30C, 0xEA: 0x30A, 0xED: 0x315, 0xEE: 0x30B, 0xEF: 0x310, 0xF0: 0x327, 0xF1: 0x328,
            0xF2: 0x323, 0xF3: 0x324, 0xF4: 0x325, 0xF5: 0x333, 0xF6: 0x332, 0xF7: 0x326, 0xF8: 0x31C, 0xF9: 0x32E, 0xFE: 0x313,
        ]
        var pairs = Set<UInt16>()
        for (mark, scalar) in marks {
            for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8 {
                let text = String(UnicodeScalar(letter)) + String(UnicodeScalar(scalar)!)
                if NFC.normalize(text).unicodeScalars.count == 1 { pairs.insert(UInt16(mark) << 8 | UInt16(letter)) }
            }
        }
        return pairs
    }()

    // MARK: Escapes and classes

    /// An ISO 2022 escape as MARC-8 uses it: ESC then ( , $ ) - (g b p s for technique 1).
    static func isMARC8Escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        switch bytes[index + 1] {
        case 0x28, 0x29, 0x2C, 0x2D, 0x24: return index + 2 < bytes.count
        case 0x67, 0x62, 0x70, 0x73: return true
        default: return false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isVowel(_ byte: UInt8) -> Bool { "aeiouyAEIOUY".utf8.contains(byte) }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// An ASCII letter or any high byte (a letter in one reading or the other).
    static func isLetter(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte >= 0xC0 }
}
