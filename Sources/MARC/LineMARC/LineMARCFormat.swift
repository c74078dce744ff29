/// The two line formats `LineMARCReader` reads. A file is one or the other, decided by its first field line.
enum LineMARCFormat: Sendable {
    /// Libra's `exportCat.txt`: `*000<leader>`, `*001<value>`, `*24510$aTitel`, `^` continues a line.
    case libra
    /// The human, MarcEdit-style format `LineMARCWriter` writes: `=LDR  <leader>`, `=245  10$aTitel`.
    case human

    static let star: UInt8 = 0x2A
    static let equals: UInt8 = 0x3D
    static let caret: UInt8 = 0x5E
    static let dollar: UInt8 = 0x24
    static let backslash: UInt8 = 0x5C
    static let space: UInt8 = 0x20

    /// The format a field line is written in; nil for blank lines, `**` junk and other text.
    static func detect(_ line: [UInt8]) -> LineMARCFormat? {
        guard let first = line.first, line.count >= 4 else { return nil }
        if first == star && line[1] != star { return .libra }
        if first == equals { return .human }
        return nil
    }

    var marker: UInt8 { self == .libra ? LineMARCFormat.star : LineMARCFormat.equals }

    /// True for the line that starts a record: `*000` or `=LDR`.
    func isLeaderLine(_ line: [UInt8]) -> Bool {
        switch self {
        case .libra: line.starts(with: [0x2A, 0x30, 0x30, 0x30])
        case .human: line.starts(with: [0x3D, 0x4C, 0x44, 0x52])
        }
    }

    /// Libra comment lines: `**…`.
    static func isJunk(_ line: [UInt8]) -> Bool { line.count >= 2 && line[0] == star && line[1] == star }

    /// A subfield code: an ASCII lower-case letter or digit. `$` before anything else is data.
    @inline(__always)
    static func isSubfieldCode(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
