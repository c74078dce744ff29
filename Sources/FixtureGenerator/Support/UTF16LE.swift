/// UTF-16 little-endian, as Windows tools (SQL Server's sqlcmd, Libra's export) write text files.
enum UTF16LE {
    static let byteOrderMark: [UInt8] = [0xFF, 0xFE]

    static func encode(_ text: String, into bytes: inout [UInt8]) {
        for unit in text.utf16 {
            bytes.append(UInt8(truncatingIfNeeded: unit))
            bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
        }
    }
}
