/// FNV-1a, 64 bits: simple, fast, and the same in every run (Swift's `Hasher` is seeded per process), so its
/// values can be stored and compared across runs — record digests, blocking keys, input fingerprints.
public struct FNV1a: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public var value: UInt64 { state }

    @inlinable public init() {}

    @inlinable public mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inlinable public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// The text's UTF-8 bytes.
    @inlinable public mutating func add(_ text: String) { add(text.utf8) }
}
