/// The 24-byte record leader. Positions are zero-based, as in the MARC 21 documentation (`leader[9]` is leader/09).
public struct Leader: Hashable, Sendable {
    public private(set) var bytes: [UInt8]

    public static let length = 24
    /// A new bibliographic record: length and base address are filled in by writers.
    public static let defaultBibliographic = Leader(validating: Array("00000nam a2200000 i 4500".utf8))!

    /// A leader from exactly 24 bytes; nil otherwise.
    public init?(validating bytes: some Collection<UInt8>) {
        guard bytes.count == Leader.length else { return nil }
        self.bytes = Array(bytes)
    }

    /// A leader from any bytes: cut or padded with blanks to 24, for repairs.
    public init(repairing bytes: some Collection<UInt8>) {
        var b = Array(bytes.prefix(Leader.length))
        b.append(contentsOf: repeatElement(0x20, count: Leader.length - b.count))
        self.bytes = b
    }

    public init?(_ text: String) { self.init(validating: Array(text.utf8)) }

    public subscript(position: Int) -> UInt8 {
        get { bytes[position] }
        set { bytes[position] = newValue }
    }

    /// Leader/05.
    public var recordStatus: UInt8 { bytes[5] }
    /// Leader/06, type of record (`a` language material, `z` authority, `u`/`v`/`x`/`y` holdings …).
    public var typeOfRecord: UInt8 { bytes[6] }
    /// Leader/07, bibliographic level.
    public var bibliographicLevel: UInt8 { bytes[7] }
    /// Leader/09: `a` claims UCS/Unicode, blank claims MARC-8. Real exports lie about it.
    public var characterCoding: UInt8 {
        get { bytes[9] }
        set { bytes[9] = newValue }
    }
    /// Leader/17, encoding level.
    public var encodingLevel: UInt8 { bytes[17] }

    /// A five-digit number at `offset` (record length at 0, base address at 12); nil when not all digits.
    public func number(at offset: Int, digits: Int = 5) -> Int? {
        var value = 0
        for byte in bytes[offset..<offset + digits] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Writes `value` as zero-padded digits at `offset`.
    public mutating func setNumber(_ value: Int, at offset: Int, digits: Int = 5) {
        var rest = value
        for index in stride(from: offset + digits - 1, through: offset, by: -1) {
            bytes[index] = UInt8(0x30 + rest % 10)
            rest /= 10
        }
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
