/// A MARC field tag: three ASCII bytes packed into one integer, so comparing and hashing tags costs nothing.
public struct Tag: Hashable, Comparable, Sendable {
    /// The three bytes, first byte highest: `"245"` is `0x32_34_35`.
    public let packed: UInt32

    /// A tag from exactly three bytes; nil otherwise. Any bytes are accepted (real files carry `"FMT"`, `"CAT"`).
    @inlinable
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 3 else { return nil }
        var value: UInt32 = 0
        for byte in bytes { value = value << 8 | UInt32(byte) }
        packed = value
    }

    @inlinable
    public init(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) {
        packed = UInt32(b0) << 16 | UInt32(b1) << 8 | UInt32(b2)
    }

    /// A tag from its text; nil unless the text is three ASCII characters.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        self.init(bytes: Array(text.utf8))
    }

    public var bytes: [UInt8] { [UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)] }

    /// Control fields (`001`–`009`, and `00X` in general) hold one value and no indicators or subfields.
    @inlinable
    public var isControlField: Bool { packed >> 8 == 0x30_30 }

    /// True when all three bytes are digits, as MARC 21 tags are.
    public var isNumeric: Bool { bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Three ASCII letters or digits: what MARC 21 and the MARCXML schema allow in a tag.
    public var isAlphanumeric: Bool {
        bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
    }

    /// The tag's bytes in hex, for messages about tags that are not text ("0x9F 0x30 0x30").
    public var hexBytes: String { bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ") }

    public static func < (lhs: Tag, rhs: Tag) -> Bool { lhs.packed < rhs.packed }
}

extension Tag: ExpressibleByStringLiteral {
    public init(stringLiteral value: StaticString) {
        precondition(value.utf8CodeUnitCount == 3, "a tag literal has three characters")
        let p = value.utf8Start
        self.init(p[0], p[1], p[2])
    }
}

extension Tag: CustomStringConvertible {
    public var description: String { String(decoding: bytes, as: UTF8.self) }
}
