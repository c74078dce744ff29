/// Decodes MARC-8 text (ISO 2022 escapes, ANSEL, Greek, Cyrillic, Hebrew, Arabic, EACC …) to Unicode.
/// Placeholder: decodes ASCII and reports every other byte. Replaced by the table-driven decoder.
public struct MARC8Decoder: Sendable {
    public init() {}

    /// Back to the defaults every field starts with: G0 Basic Latin, G1 Extended Latin (ANSEL).
    public mutating func reset() {}

    /// Decodes one run of bytes (a subfield value), continuing the escape state of earlier runs in the field.
    /// Combining marks, which MARC-8 writes before their base letter, come after it in the result.
    /// Appends the offsets (into `bytes`) of bytes that could not be decoded to `undecodable`.
    public mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        var scalars = String.UnicodeScalarView()
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 { scalars.append(UnicodeScalar(byte)) } else {
                undecodable.append(offset)
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }
}
