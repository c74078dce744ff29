import Foundation

/// What to do with copies whose barcode collides (see `BarcodeConflict`). The policy touches colliding copies
/// only: a barcode nobody else holds is never changed, whatever the policy.
public struct BarcodePolicy: Hashable, Sendable {
    public enum Resolution: Hashable, Sendable {
        /// Every colliding copy gets its municipality's prefix (`12345` → `HJ12345`). All holders change, not
        /// all but one: an old label left on a shelf then finds no copy instead of another library's copy.
        /// Municipalities not in the map get `BarcodePolicy.defaultAffix(for:)`.
        case prefix([String: String])
        /// As `prefix`, with the affix after the number (`12345` → `12345SK`).
        case suffix([String: String])
        /// The first holder in the stable order (municipality, then item id with numbers by value) keeps the
        /// barcode; the others lose it, are listed and need a new label. A patron card always comes first: a
        /// copy sharing a card's barcode loses it.
        case keepFirst
        /// Every colliding copy is rejected (not migrated) with its reason, so the libraries can fix the labels
        /// at the source before the final run.
        case reject
    }

    public var resolution: Resolution
    /// Per municipality, the Plessey check characters its barcodes carry and that are to be trimmed.
    public var trimPlesseyCheckDigit: [String: CheckDigitTrim]

    public init(_ resolution: Resolution, trimPlesseyCheckDigit: [String: CheckDigitTrim] = [:]) {
        self.resolution = resolution
        self.trimPlesseyCheckDigit = trimPlesseyCheckDigit
    }

    public static func prefix(_ prefixes: [String: String] = [:],
                              trimPlesseyCheckDigit: [String: CheckDigitTrim] = [:]) -> BarcodePolicy {
        BarcodePolicy(.prefix(prefixes), trimPlesseyCheckDigit: trimPlesseyCheckDigit)
    }

    public static func suffix(_ suffixes: [String: String] = [:],
                              trimPlesseyCheckDigit: [String: CheckDigitTrim] = [:]) -> BarcodePolicy {
        BarcodePolicy(.suffix(suffixes), trimPlesseyCheckDigit: trimPlesseyCheckDigit)
    }

    public static func keepFirst(trimPlesseyCheckDigit: [String: CheckDigitTrim] = [:]) -> BarcodePolicy {
        BarcodePolicy(.keepFirst, trimPlesseyCheckDigit: trimPlesseyCheckDigit)
    }

    public static func reject(trimPlesseyCheckDigit: [String: CheckDigitTrim] = [:]) -> BarcodePolicy {
        BarcodePolicy(.reject, trimPlesseyCheckDigit: trimPlesseyCheckDigit)
    }

    /// The text a municipality's colliding barcodes get under `prefix` or `suffix`; nil under the other policies.
    public func affix(for municipality: String) -> String? {
        switch resolution {
        case .prefix(let map), .suffix(let map): map[municipality] ?? Self.defaultAffix(for: municipality)
        case .keepFirst, .reject: nil
        }
    }

    /// The affix of a municipality the policy does not name: the first two letters of its code, accents
    /// dropped and upper-cased, digits and punctuation skipped (`hjo` → `HJ`, `skovde` → `SK`, `örebro` → `OR`).
    /// Two codes with the same first letters get the same affix; the assignment then reports it
    /// (`barcode.shared-affix`) and name them in the map.
    public static func defaultAffix(for municipality: String) -> String {
        let folded = municipality.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let letters = folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        return String(String.UnicodeScalarView(letters.prefix(2))).uppercased()
    }
}

/// Plessey-style check characters to drop from a municipality's barcodes: the last `characters` characters
/// of the copy's chosen barcode, after surrounding spaces are removed, whatever they are (no check is computed:
/// the library says its labels carry one). With `onlyLength`, only barcodes of exactly that many characters
/// (check characters included) are trimmed, for a library whose older labels carry a check character and whose
/// newer ones do not. A barcode no longer than `characters` is left as it is and reported. Trimming needs no
/// new label (the library's scanners are set to drop the check character) and is listed as a change.
public struct CheckDigitTrim: Hashable, Sendable {
    public var characters: Int
    public var onlyLength: Int?

    public init(characters: Int = 1, onlyLength: Int? = nil) {
        precondition(characters > 0, "a check digit trim drops at least one character")
        self.characters = characters
        self.onlyLength = onlyLength
    }
}
