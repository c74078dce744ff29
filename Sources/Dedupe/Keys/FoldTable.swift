import Foundation

/// What each Latin letter with diacritics folds to, built once at first use from Unicode's canonical
/// decompositions (Foundation, at start-up only; never typed by hand). Covers U+0080–U+024F and U+1E00–U+1EFF;
/// an empty entry is punctuation or a symbol (a separator).
struct FoldTable: Sendable {
    static let shared = FoldTable()

    private let latin: [[UInt8]]  // U+0080 ..< U+0250
    private let extended: [[UInt8]]  // U+1E00 ..< U+1F00

    func lookup(_ value: UInt32) -> [UInt8]? {
        if value < 0x250 { return latin[Int(value - 0x80)] }
        if value >= 0x1E00 && value < 0x1F00 { return extended[Int(value - 0x1E00)] }
        return nil
    }

    private init() {
        latin = (0x80..<0x250).map(FoldTable.fold)
        extended = (0x1E00..<0x1F00).map(FoldTable.fold)
    }

    /// Letters Swedish keeps apart, and letters without a canonical decomposition that still have an ASCII form.
    private static let special: [UInt32: String] = [
        0xC4: "ä", 0xE4: "ä", 0xC5: "å", 0xE5: "å", 0xD6: "ö", 0xF6: "ö",
        0xC6: "ä", 0xE6: "ä", 0xD8: "ö", 0xF8: "ö",
        0xDF: "ss", 0xDE: "th", 0xFE: "th", 0xD0: "d", 0xF0: "d", 0x110: "d", 0x111: "d",
        0x141: "l", 0x142: "l", 0x152: "oe", 0x153: "oe", 0x131: "i", 0x1E9E: "ss",
    ]

    private static func fold(_ value: Int) -> [UInt8] {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
        if let text = special[scalar.value] { return Array(text.utf8) }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal else { return [] }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        guard let base = decomposed.unicodeScalars.first else { return [] }
        if base.isASCII {
            let lower = base.properties.lowercaseMapping
            return Array(lower.utf8)
        }
        return Array(String(Character(scalar)).lowercased().utf8)
    }
}
