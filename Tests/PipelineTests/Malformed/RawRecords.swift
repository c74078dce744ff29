import Foundation

/// Raw ISO 2709 bytes built field by field, as `Tests/MARCTests/TestSupport.swift` builds them (that target
/// is out of reach here): correct lengths unless a case breaks them on purpose.
enum RawRecord {
    /// One record from tags and raw field bytes (terminators added); `leader9` is the character coding.
    static func make(leader9: UInt8 = 0x61, _ fields: [(String, [UInt8])]) -> [UInt8] {
        var directory: [UInt8] = []
        var data: [UInt8] = []
        for (tag, bytes) in fields {
            directory += Array(tag.utf8) + digits(min(bytes.count + 1, 9_999), 4) + digits(data.count, 5)
            data += bytes + [0x1E]
        }
        let base = 24 + directory.count + 1
        var leader = Array("00000nam a2200000 i 4500".utf8)
        leader.replaceSubrange(0..<5, with: digits(min(base + data.count + 1, 99_999), 5))
        leader.replaceSubrange(12..<17, with: digits(base, 5))
        leader[9] = leader9
        return leader + directory + [0x1E] + data + [0x1D]
    }

    /// A small record with 001 `id` and a 245 whose $a is `title` as raw bytes.
    static func book(_ id: String, title: [UInt8] = Array("Röda rummet".utf8), leader9: UInt8 = 0x61) -> [UInt8] {
        make(leader9: leader9, [("001", Array(id.utf8)), ("245", field("10", [("a", title)]))])
    }

    /// A data field's bytes: indicators, then each subfield's delimiter, code and raw value.
    static func field(_ indicators: String = "  ", _ subfields: [(Character, [UInt8])]) -> [UInt8] {
        Array(indicators.utf8) + subfields.flatMap { [0x1F, $0.0.asciiValue!] + $0.1 }
    }

    static func digits(_ value: Int, _ count: Int) -> [UInt8] { Array(String(format: "%0\(count)d", value).utf8) }

    static func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    /// `bytes` with `count` bytes at `offset` replaced by `text`.
    static func patch(_ bytes: [UInt8], at offset: Int, _ text: String) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(offset..<offset + text.utf8.count, with: Array(text.utf8))
        return copy
    }
}
