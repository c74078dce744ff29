/// Decides the character set of each record of one file and decodes its values to NFC Unicode.
///
/// Leader/09 is a claim, not a fact. Valid UTF-8 is UTF-8. Otherwise MARC-8 and Latin-1 are weighed by how
/// plausible each reading is (`CharsetPlausibility`); when a record says too little, the file's tendency so far
/// decides, then the leader. Every choice against the leader, and every undecodable byte, becomes a finding.
public struct TextDecoder {
    public let choice: EncodingChoice
    public private(set) var encoding: DetectedEncoding = .ascii
    /// Evidence from earlier records of this file: positive favours MARC-8, negative Latin-1.
    private var fileTendency = 0
    private var marc8 = MARC8Decoder()
    private var nfc = NFCCache()
    /// The current record is entirely well-formed UTF-8 (or ASCII), so its values need no validation.
    private var recordIsWellFormed = true
    /// No value of the current record can change under NFC (no lead byte at or above 0xCC anywhere).
    private var recordIsTriviallyNormalized = true

    public init(choice: EncodingChoice = .auto) { self.choice = choice }

    /// Chooses the encoding for the next record from all of its text bytes and its leader/09.
    /// Returns a finding when the choice goes against what the leader claims.
    public mutating func beginRecord(text: UnsafeBufferPointer<UInt8>, leaderClaim: UInt8) -> Finding? {
        encoding = decide(text, leaderClaim: leaderClaim)
        return TextDecoder.disagreement(encoding, leaderClaim: leaderClaim)
    }

    /// Every field starts MARC-8's escape state afresh.
    public mutating func beginField() { marc8.reset() }

    /// Decodes one value (a control field or a subfield) to NFC. Offsets of bytes that could not be decoded are
    /// appended to `undecodable`; they stand as U+FFFD in the text.
    public mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        switch encoding {
        case .ascii:
            return String(decoding: bytes, as: UTF8.self)
        case .utf8:
            guard recordIsWellFormed else { return normalize(UTF8Text.decode(bytes, undecodable: &undecodable)) }
            if recordIsTriviallyNormalized || NFC.isTriviallyNormalized(bytes) { return String(decoding: bytes, as: UTF8.self) }
            return nfc.normalize(bytes)
        case .latin1:
            return normalize(Latin1Text.decode(bytes, undecodable: &undecodable))
        case .marc8:
            return normalize(marc8.decode(bytes, undecodable: &undecodable))
        }
    }

    private mutating func normalize(_ text: String) -> String {
        guard !NFC.isTriviallyNormalized(text.utf8) else { return text }
        var text = text
        return text.withUTF8 { nfc.normalize($0) }
    }

    private mutating func decide(_ text: UnsafeBufferPointer<UInt8>, leaderClaim: UInt8) -> DetectedEncoding {
        recordIsWellFormed = false
        recordIsTriviallyNormalized = false
        switch choice {
        case .utf8: return .utf8
        case .marc8: return .marc8
        case .latin1: return .latin1
        case .auto: break
        }
        guard let firstSpecial = ByteScan.firstHighOr(0x1B, in: text) else {
            recordIsWellFormed = true
            return .ascii
        }
        // MARC-8 escapes to Greek, Cyrillic or CJK can leave only 7-bit bytes: an escape settles it.
        var escape = ByteScan.first(0x1B, in: text, from: firstSpecial)
        while let at = escape {
            if CharsetPlausibility.isMARC8Escape(text, at: at) { return .marc8 }
            escape = ByteScan.first(0x1B, in: text, from: at + 1)
        }
        let shape = UTF8Text.shape(UnsafeBufferPointer(rebasing: text[firstSpecial...]))
        if shape.wellFormed {
            recordIsWellFormed = true
            recordIsTriviallyNormalized = shape.triviallyNormalized
            return .utf8
        }
        let census = UTF8Text.census(text)
        // Mostly-valid UTF-8 with a few broken sequences is still UTF-8; its bad bytes are reported.
        if census.multiByte >= 2 * census.malformed { return .utf8 }
        // The file's tendency leans on the scale (at most 5 points), so weak evidence in one record does not
        // flip a file that has shown its character set clearly; strong evidence still does.
        let evidence = CharsetPlausibility(text).margin
        let margin = evidence + fileTendency / 10
        defer { fileTendency = max(-50, min(50, fileTendency + evidence)) }
        if margin > 0 { return .marc8 }
        if margin < 0 { return .latin1 }
        if fileTendency != 0 { return fileTendency > 0 ? .marc8 : .latin1 }
        return leaderClaim == 0x61 ? .latin1 : .marc8
    }

    static func disagreement(_ encoding: DetectedEncoding, leaderClaim: UInt8) -> Finding? {
        let claim = leaderClaim == 0x61 ? "UTF-8 (a)" : leaderClaim == 0x20 ? "MARC-8 (blank)" : "'\(UnicodeScalar(leaderClaim))'"
        let agrees = switch encoding {
        case .ascii: true
        case .utf8: leaderClaim == 0x61
        case .marc8: leaderClaim == 0x20
        case .latin1: false
        }
        guard !agrees else { return nil }
        let name = encoding.displayName
        return Finding(.info, "charset.leader-mismatch", "leader/09 claims \(claim) but the text reads as \(name); decoded as \(name)")
    }
}

