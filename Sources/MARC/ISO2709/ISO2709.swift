/// The bytes and limits of ISO 2709 as MARC 21 uses it.
enum ISO2709 {
    static let recordTerminator: UInt8 = 0x1D
    static let fieldTerminator: UInt8 = 0x1E
    static let subfieldDelimiter: UInt8 = 0x1F
    static let leaderLength = 24
    static let directoryEntryLength = 12
    /// Five digits of record length.
    static let maxRecordLength = 99_999
    /// Four digits of field length.
    static let maxFieldLength = 9_999

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The number written in `count` ASCII digits at `offset`; nil when any is not a digit.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        var value = 0
        for index in offset..<offset + count {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }
}
