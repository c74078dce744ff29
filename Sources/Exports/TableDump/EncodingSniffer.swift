/// The encoding a text actually uses, once `auto` has been resolved.
public enum TextEncoding: String, Hashable, Sendable {
    case utf16le, utf16be, utf8, latin1
    /// Only ASCII so far: the first non-ASCII bytes decide between UTF-8 and Latin-1.
    case asciiSoFar

    public var displayName: String {
        switch self {
        case .utf16le: "UTF-16LE"
        case .utf16be: "UTF-16BE"
        case .utf8: "UTF-8"
        case .latin1: "Windows-1252"
        case .asciiSoFar: "ASCII"
        }
    }
}

/// Decides a text's encoding from its first bytes.
enum EncodingSniffer {
    /// How many bytes `detect` wants to see, when the input has that many.
    static let sampleSize = 1024

    /// The encoding and the length of the byte order mark to skip. `sample` is the start of the input (up to
    /// `sampleSize` bytes, fewer only when the input is shorter).
    static func detect(_ sample: ArraySlice<UInt8>, choice: DumpFormat.Encoding) -> (TextEncoding, bom: Int) {
        let bytes = Array(sample)
        switch choice {
        case .utf16le: return (.utf16le, bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0)
        case .utf16be: return (.utf16be, bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0)
        case .utf8: return (.utf8, bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        case .latin1: return (.latin1, 0)
        case .auto: break
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16le, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16be, 2) }
        if let utf16 = utf16ByZeros(bytes) { return (utf16, 0) }
        return (.asciiSoFar, 0)
    }

    /// UTF-16 without a byte order mark: in Latin-script text the high byte of nearly every code unit is zero.
    private static func utf16ByZeros(_ bytes: [UInt8]) -> TextEncoding? {
        let pairs = bytes.count / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for index in 0..<pairs * 2 where bytes[index] == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        // "Mostly": at least 3 in 4 code units, and the other half of the bytes mostly not zero.
        if oddZeros * 4 >= pairs * 3 && evenZeros * 4 < pairs { return .utf16le }
        if evenZeros * 4 >= pairs * 3 && oddZeros * 4 < pairs { return .utf16be }
        return nil
    }
}
