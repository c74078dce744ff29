/// ISO 8859-1 as Windows writes it (Windows-1252): 0x80–0x9F carry € ‚ „ … – — ’ and friends.
public enum Latin1Text {
    /// The five bytes Windows-1252 leaves undefined.
    static func isUndefined(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// Windows-1252's 0x80–0x9F (0 where undefined).
    static let c1Row: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character a Windows-1252 byte stands for; nil for the five undefined bytes.
    public static func scalar(_ byte: UInt8) -> UnicodeScalar? {
        guard byte >= 0x80 && byte < 0xA0 else { return UnicodeScalar(byte) }
        let value = c1Row[Int(byte - 0x80)]
        return value == 0 ? nil : UnicodeScalar(value)
    }

    /// Decodes Windows-1252; an undefined byte becomes U+FFFD and its offset is appended to `undecodable`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 4)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 { utf8.append(byte); continue }
            let scalar: UnicodeScalar
            if let known = self.scalar(byte) { scalar = known } else {
                undecodable.append(offset)
                scalar = "\u{FFFD}"
            }
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
