import Foundation

/// How the text of one catalogue record is written: the encodings real Libra and BOOK-IT exports mix.
enum RecordText: String {
    case utf8 = "utf8"
    /// UTF-8, decomposed (å as a + combining ring), as some LIBRIS-derived records are.
    case utf8NFD = "nfd"
    /// MARC-8: combining marks before their base letter (å = EA a, ä = E8 a, é = E2 e).
    case marc8 = "marc8"
    /// ISO 8859-1.
    case latin1 = "latin1"

    func encode(_ text: String, into bytes: inout [UInt8]) {
        switch self {
        case .utf8: bytes.append(contentsOf: text.utf8)
        case .utf8NFD: bytes.append(contentsOf: text.decomposedStringWithCanonicalMapping.utf8)
        case .marc8: MARC8Encoder.encode(text, into: &bytes)
        case .latin1: Latin1.encode(text, into: &bytes)
        }
    }
}

/// Latin-1 (ISO 8859-1): one byte per character up to U+00FF; anything else is written as `?`.
enum Latin1 {
    static func encode(_ text: String, into bytes: inout [UInt8]) {
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            bytes.append(scalar.value <= 0xFF ? UInt8(scalar.value) : 0x3F)
        }
    }

    static func bytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(text, into: &bytes)
        return bytes
    }
}

/// A small MARC-8 encoder for the letters of Swedish, Finnish, Danish, Norwegian, German and French names:
/// ASCII as is, the Latin letters MARC-8's ANSEL set has as spacing characters (ø, æ, ß …), and every other
/// accented letter as its base letter preceded by the ANSEL combining mark (MARC-8 puts the mark first).
enum MARC8Encoder {
    /// ANSEL combining marks by Unicode combining character.
    static let combining: [UInt32: UInt8] = [
        0x0300: 0xE1,  // grave
        0x0301: 0xE2,  // acute
        0x0302: 0xE3,  // circumflex
        0x0303: 0xE4,  // tilde
        0x0304: 0xE5,  // macron
        0x0306: 0xE6,  // breve
        0x0307: 0xE7,  // dot above
        0x0308: 0xE8,  // diaeresis (umlaut)
        0x030C: 0xE9,  // caron (hacek)
        0x030A: 0xEA,  // ring above
        0x0327: 0xF0,  // cedilla
        0x0328: 0xF1,  // ogonek
    ]

    /// ANSEL spacing letters and signs.
    static let spacing: [UInt32: UInt8] = [
        0x00D8: 0xA2, 0x00F8: 0xB2,  // Ø ø
        0x00C6: 0xA5, 0x00E6: 0xB5,  // Æ æ
        0x0141: 0xA1, 0x0142: 0xB1,  // Ł ł
        0x00DF: 0xC7,  // ß
        0x00A9: 0xC3,  // ©
        0x2113: 0xC1,  // ℓ
    ]

    static func encode(_ text: String, into bytes: inout [UInt8]) {
        var pendingBase: [UInt8] = []
        var pendingMarks: [UInt8] = []
        func flush() {
            bytes.append(contentsOf: pendingMarks)
            bytes.append(contentsOf: pendingBase)
            pendingMarks.removeAll(keepingCapacity: true)
            pendingBase.removeAll(keepingCapacity: true)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let mark = combining[scalar.value] {
                pendingMarks.append(mark)
                continue
            }
            flush()
            if scalar.value < 0x80 {
                pendingBase.append(UInt8(scalar.value))
            } else if let letter = spacing[scalar.value] {
                pendingBase.append(letter)
            } else {
                pendingBase.append(0x3F)
            }
        }
        flush()
    }

    static func bytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(text, into: &bytes)
        return bytes
    }
}
