/// Lets JSON text that is not valid UTF-8 through `JSONSerialization`, which refuses it, without losing the
/// bytes. Real MARC-in-JSON files carry raw Latin-1 or MARC-8 bytes inside strings (Libris XL's test files do).
///
/// Each byte of a malformed UTF-8 sequence is replaced by the escape of a private-use scalar, U+10FF00 plus the
/// byte, before parsing; `restore` turns those scalars back into text afterwards. A real U+10FF80…U+10FFFF in
/// such an object would be taken for a raw byte; that plane-16 private-use range does not occur in catalogues.
enum JSONRawBytes {
    static let base: UInt32 = 0x10FF00

    /// The object's bytes with every malformed UTF-8 byte escaped, and whether it held any valid multi-byte
    /// UTF-8 (when it holds none, the raw bytes are most likely Latin-1).
    static func escape(_ bytes: [UInt8]) -> (bytes: [UInt8], hasMultiByte: Bool) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var hasMultiByte = false
        UTF8Text.forEachSequence(in: bytes) { offset, sequence in
            switch sequence {
            case .valid(let encoded):
                if encoded.count > 1 { hasMultiByte = true }
                out.append(contentsOf: encoded)
            case .malformed(let length):
                for byte in bytes[offset..<offset + length] {
                    // UTF-16 surrogate pair of U+10FF00 + byte: \uDBFF\uDFxx.
                    out.append(contentsOf: Array("\\uDBFF\\uDF".utf8))
                    out.append(contentsOf: Array(String(byte, radix: 16, uppercase: true).utf8))
                }
            }
        }
        return (out, hasMultiByte)
    }

    /// Turns escaped raw bytes in `text` back: read as Windows-1252 when `latin1`, else as U+FFFD. Returns the
    /// text and the UTF-8 offsets (in the result) of bytes that could not be decoded.
    static func restore(_ text: String, latin1: Bool) -> (text: String, undecodable: [Int]) {
        guard text.unicodeScalars.contains(where: { $0.value >= base + 0x80 }) else { return (text, []) }
        var scalars = String.UnicodeScalarView()
        var undecodable: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            var out = scalar
            if scalar.value >= base + 0x80 {
                let byte = UInt8(scalar.value - base)
                if latin1, let decoded = Latin1Text.scalar(byte) {
                    out = decoded
                } else {
                    undecodable.append(offset)
                    out = "\u{FFFD}"
                }
            }
            scalars.append(out)
            offset += UTF8.width(out)
        }
        return (String(scalars), undecodable)
    }
}
