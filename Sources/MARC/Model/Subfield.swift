/// One subfield of a data field: a one-byte code and its value.
public struct Subfield: Hashable, Sendable {
    /// The subfield code, an ASCII byte (`a` is 0x61).
    public var code: UInt8
    public var value: String

    public init(code: UInt8, value: String) {
        self.code = code
        self.value = value
    }

    /// A subfield from a one-character code: `Subfield("a", "Titel")`.
    public init(_ code: Character, _ value: String) {
        precondition(code.isASCII, "subfield codes are ASCII")
        self.init(code: code.asciiValue!, value: value)
    }

    /// The code as text, for messages and line formats.
    public var codeText: String { String(UnicodeScalar(code)) }
}
