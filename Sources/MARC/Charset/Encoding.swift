/// What the user asks for (`--encoding`): detect, or force one character set for a whole source.
public enum EncodingChoice: String, Sendable, CaseIterable {
    case auto, utf8, marc8, latin1
}

/// The character set a record's text was actually decoded from.
public enum DetectedEncoding: String, Sendable, CaseIterable, Comparable {
    /// Only ASCII bytes: every reading gives the same text.
    case ascii
    case utf8
    case marc8
    /// ISO 8859-1 with the Windows-1252 letters in 0x80–0x9F, as Windows exports write it.
    case latin1

    public static func < (a: DetectedEncoding, b: DetectedEncoding) -> Bool { a.rawValue < b.rawValue }
}

extension DetectedEncoding {
    /// The name librarians know the character set by.
    public var displayName: String {
        switch self {
        case .ascii: "ASCII"
        case .utf8: "UTF-8"
        case .marc8: "MARC-8"
        case .latin1: "Latin-1"
        }
    }
}
