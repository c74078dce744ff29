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
            let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if bytes[index] == 0x1B {
                marc8 += CharsetPlausibility.isMARC8Escape(bytes, at: index) ? 10 : 0
                continue
            }
            latin1 += CharsetPlausibility.latin1Score(bytes[index], before: before, after: after)
            marc8 += CharsetPlausibility.marc8Score(bytes, at: index, before: before)
        }
    }

    // MARK: Latin-1 reading

    /// Letters Swedish, Finnish, Danish, Norwegian and German text uses all the time.
    private static let nordicLetters: Set<UInt8> = [0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6, 0xE9, 0xFC, 0xDC, 0xE6, 0xF8, 0xC6, 0xD8, 0xDF]

    static func latin1Score(_ byte: UInt8, before: UInt8, after: UInt8) -> Int {
        let nextToLetter = isLetter(before) || isLetter(after)
        switch byte {
        case _ where nordicLetters.contains(byte): return nextToLetter ? 4 : 1
        case 0xC0...0xFF where byte != 0xD7 && byte != 0xF7: return nextToLetter ? 2 : 0
        case 0x80...0x9F: return Latin1Text.isUndefined(byte) ? -5 : 1
        default: return 0  // symbols (©, °, «, §, ½) and the multiplication and division signs
        }
    }

    // MARK: MARC-8 reading

    static func marc8Score(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before: UInt8) -> Int {
        let byte = bytes[index]
        if isANSELMark(byte) {
            // The base letter is the first byte after this run of marks.
            var next = index + 1
            while next < bytes.count && isANSELMark(bytes[next]) { next += 1 }
            guard next < bytes.count, isASCIILetter(bytes[next]) else { return -4 }
            return commonMarks[byte]?.contains(bytes[next]) == true ? 3 : -1
        }
        switch byte {
        case 0xA1...0xA6, 0xAC, 0xAD, 0xB1...0xB6, 0xB8, 0xBA, 0xBC, 0xBD, 0xC7:
            return isLetter(before) ? 2 : 1  // Ł Ø Đ Þ Æ Œ Ơ Ư ł ø đ þ æ œ ı ð ơ ư ß
        case 0xA7...0xAB, 0xAE, 0xB0, 0xB7, 0xB9, 0xC0...0xC6, 0xC8, 0x88, 0x89, 0x8D, 0x8E:
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
        0xE6: letters("aAgGuU"),  // breve
        0xE7: letters("zZIeEgG"),  // dot above
        0xE8: letters("aeiouyAEIOUY"),  // umlaut
        0xE9: letters("cCsSzZrReEnNdDtT"),  // caron
        0xEA: letters("aAuU"),  // ring above
        0xEE: letters("oOuU"),  // double acute
        0xF0: letters("cCsStTgG"),  // cedilla
        0xF1: letters("aAeEiIuU"),  // ogonek
        0xF2: letters("aeiouhHdDtTsSnNrRzZmM"),  // dot below (romanisation)
    ]

    private static func letters(_ text: String) -> Set<UInt8> { Set(text.utf8) }

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

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// An ASCII letter or any high byte (a letter in one reading or the other).
    static func isLetter(_ byte: UInt8) -> Bool { isASCIILetter(byte) || byte >= 0xC0 }
}
