/// The record formats samkat reads and writes.
public enum MARCFormat: String, Sendable, CaseIterable {
    case iso2709, marcxml, line, json

    /// Guesses the format from the first bytes of an input (after a byte-order mark and white space).
    public static func guess(from prefix: some Collection<UInt8>) -> MARCFormat? {
        var bytes = Array(prefix.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let first = bytes.firstIndex(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        let head = bytes[first...]
        switch head.first! {
        case UInt8(ascii: "<"): return .marcxml
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        case UInt8(ascii: "*"), UInt8(ascii: "="): return .line
        default:
            let digits = head.prefix(5)
            return digits.count == 5 && digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? .iso2709 : nil
        }
    }
}
