import Foundation

/// Unicode Normalization Form C for text leaving a reader. Every code point below U+0300 is already NFC
/// (its NFC quick check is Yes and nothing before it composes), so the common case costs one byte scan.
public enum NFC {
    /// True when the UTF-8 bytes cannot change under NFC: no lead byte at or above 0xCC (U+0300).
    @inlinable
    public static func isTriviallyNormalized(_ utf8: some Sequence<UInt8>) -> Bool {
        !utf8.contains { $0 >= 0xCC }
    }

    public static func normalize(_ text: String) -> String {
        if isTriviallyNormalized(text.utf8) { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}
