/// The words of a field value, lower-cased (ASCII and Å Ä Ö É), split on anything that is not a letter or a
/// digit: `"1 mp3-skiva (ca 12 tim.)"` → `1` `mp3` `skiva` `ca` `12` `tim`. Bytes, not `String`s, for speed.
struct FormatWords {
    private(set) var bytes: [UInt8]
    private(set) var ranges: [Range<Int>] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        var start: Int? = nil
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte >= 0x41 && byte <= 0x5A {
                byte += 0x20
                bytes[index] = byte
            } else if byte == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9E {
                bytes[index + 1] += 0x20  // À-Þ → à-þ (å ä ö é)
            }
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            if isWord {
                if start == nil { start = index }
            } else if let first = start {
                ranges.append(first..<index)
                start = nil
            }
            index += 1
        }
        if let first = start { ranges.append(first..<bytes.count) }
    }

    var count: Int { ranges.count }

    func word(_ index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    func `is`(_ index: Int, _ literal: String) -> Bool {
        index >= 0 && index < ranges.count && word(index).elementsEqual(literal.utf8)
    }

    func starts(_ index: Int, _ literal: String) -> Bool {
        index >= 0 && index < ranges.count && word(index).starts(with: literal.utf8)
    }

    func ends(_ index: Int, _ literal: String) -> Bool {
        guard index >= 0 && index < ranges.count else { return false }
        let word = word(index), suffix = literal.utf8
        return word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix)
    }

    /// True when the word is all digits (an extent number, part of an ISBN).
    func isNumber(_ index: Int) -> Bool {
        index >= 0 && index < ranges.count && word(index).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// True when some word equals `literal`.
    func contains(_ literal: String) -> Bool { (0..<count).contains { `is`($0, literal) } }
}
