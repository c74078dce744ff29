import CMARC8Tables

/// Decodes MARC-8 text (ISO 2022 escapes, ANSEL, Greek, Cyrillic, Hebrew, Arabic, EACC …) to Unicode.
///
/// G0 (bytes 0x21–0x7E) starts as Basic Latin and G1 (0xA1–0xFE) as Extended Latin (ANSEL); escape
/// sequences switch them (see `MARC8Decoder+Escape.swift`). Combining marks, which MARC-8 writes before
/// their base, are moved after it. The result is **not** normalised: marks stay decomposed, in the order the
/// record gives them, so callers run `NFC.normalize` on text that leaves the reader.
///
/// Undecodable input never disappears: every byte that cannot be decoded is reported by its offset and
/// becomes one U+FFFD. That covers bytes with no mapping in the current set, C1 bytes other than
/// 0x88/0x89/0x8D/0x8E, C0 controls other than 1D/1E/1F, 0x7F/0xA0/0xFF, bytes of EACC characters that are
/// cut short or unmapped, and the ESC of a broken or unknown escape sequence (which costs one U+FFFD; the
/// bytes after it decode normally with the sets already in force).
///
/// The escape state (G0, G1) lasts across `decode` calls until `reset()`: callers reset once per field,
/// not per subfield (YAZ starts every subfield afresh; `MARC8DecoderTests.differencesFromYAZ` lists where
/// this decoder and YAZ part ways, and why).
public struct MARC8Decoder: Sendable {
    /// The ISO 2022 final byte of the set designated to G0 and to G1.
    var g0: UInt8 = Charset.basicLatin
    var g1: UInt8 = Charset.ansel
    /// Reused UTF-8 output buffer; always at least 3 bytes per input byte plus slack while decoding.
    private var scratch: [UInt8] = []

    public init() {}

    /// Back to the defaults every field starts with: G0 Basic Latin, G1 Extended Latin (ANSEL).
    public mutating func reset() {
        g0 = Charset.basicLatin
        g1 = Charset.ansel
    }

    /// Decodes one run of bytes (a subfield value), continuing the escape state of earlier runs in the field.
    /// Combining marks, which MARC-8 writes before their base letter, come after it in the result; marks with
    /// no base before the end of `bytes` are kept, in order, at the end. The result is not NFC.
    /// Appends the offsets (into `bytes`) of bytes that could not be decoded to `undecodable`.
    public mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        if g0 == Charset.basicLatin, Self.isPlainASCII(bytes) {
            return String(decoding: bytes, as: UTF8.self)
        }
        // Never more than 3 UTF-8 bytes per input byte: U+FFFD and every BMP scalar take at most 3 bytes
        // for at least 1 input byte, and a supplementary EACC scalar takes 4 for 3 input bytes.
        let needed = bytes.count * 3 + 4
        var out = scratch
        scratch = []
        if out.count < needed { out = [UInt8](repeating: 0, count: Swift.max(needed, 256)) }
        let length = out.withUnsafeMutableBufferPointer { output in
            MARC8Decoder.singleByteTable.withUnsafeBufferPointer { table in
                decodeBytes(bytes, into: output.baseAddress!, table: table.baseAddress!, undecodable: &undecodable)
            }
        }
        let text = out.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<length]), as: UTF8.self) }
        scratch = out
        return text
    }

    /// True when every byte is printable ASCII (0x20–0x7E), so with G0 Basic Latin the text is the bytes.
    @inline(__always)
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte &- 0x20 >= 0x5F { return false }
        return true
    }

    /// The decoding loop: writes UTF-8 to `output` and returns its length.
    private mutating func decodeBytes(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>,
        table: UnsafePointer<UInt32>, undecodable: inout [Int]
    ) -> Int {
        var writer = ScalarWriter(output: output)
        let count = bytes.count
        var g0Row = Self.row(g0), g1Row = Self.row(g1)
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte == 0x1B {
                let escape = parseEscape(bytes, at: i)
                if escape.recognized {
                    g0Row = Self.row(g0)
                    g1Row = Self.row(g1)
                } else {  // broken or unknown: one U+FFFD for the ESC, the state stays as it was
                    undecodable.append(i)
                    writer.base(0xFFFD)
                }
                i += escape.length
                continue
            }
            if byte <= 0x20 {
                // Space is the same in every G0 set (EACC text uses the one-byte space). Of the C0 controls the
                // table defines only the MARC delimiters 1D/1E/1F; the others (a stray 0x01 in an 008, a newline)
                // are reported, and their U+FFFD keeps the character positions of fixed fields.
                if byte == 0x20 || table[Self.basicLatinRow &+ Int(byte)] != 0 { writer.base(UInt32(byte)) } else {
                    undecodable.append(i)
                    writer.base(0xFFFD)
                }
                i += 1
                continue
            }
            let isG1 = byte >= 0x80
            if isG1 && (byte < 0xA1 || byte == 0xFF) {
                // C1 area: only the ANSEL non-sort and joiner controls are defined; they apply whatever G1 is.
                let value = table[Self.anselRow &+ Int(byte & 0x7F)]
                if value != 0 { writer.emit(value) } else {
                    undecodable.append(i)
                    writer.base(0xFFFD)
                }
                i += 1
                continue
            }
            if byte == 0x7F {
                undecodable.append(i)
                writer.base(0xFFFD)
                i += 1
                continue
            }
            let row = isG1 ? g1Row : g0Row
            if row >= 0 {  // a one-byte set, straight from the table
                let value = table[row &+ Int(byte & 0x7F)]
                if value != 0 { writer.emit(value) } else {
                    undecodable.append(i)
                    writer.base(0xFFFD)
                }
                i += 1
            } else if row == Self.eaccRow {
                i = decodeEACC(bytes, at: i, writer: &writer, undecodable: &undecodable)
            } else {  // a set this decoder does not know (designated by a well-formed escape)
                undecodable.append(i)
                writer.base(0xFFFD)
                i += 1
            }
        }
        return writer.length
    }

    /// One EACC character: three bytes, each 0x21–0x7E or 0xA1–0xFE (the last may be 0x20). When the three
    /// bytes are cut short (end of input, ESC, a control byte) or not in the table, the first byte is reported
    /// and decoding goes on from the next one, as YAZ does: records that lost a byte then get back in step.
    /// Returns the index after what it consumed.
    @inline(__always)
    private func decodeEACC(
        _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, writer: inout ScalarWriter, undecodable: inout [Int]
    ) -> Int {
        if i + 2 < bytes.count, bytes[i + 1] & 0x7F > 0x20, bytes[i + 2] & 0x7F >= 0x20 {
            let code = UInt32(bytes[i] & 0x7F) << 16 | UInt32(bytes[i + 1] & 0x7F) << 8 | UInt32(bytes[i + 2] & 0x7F)
            let value = samkat_marc8_lookup(Charset.eacc, code)
            if value != 0 {
                writer.emit(value)
                return i + 3
            }
        }
        undecodable.append(i)
        writer.base(0xFFFD)
        return i + 1
    }
}
