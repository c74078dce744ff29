#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte searches for the per-record scans, eight bytes at a time where that helps. Most catalogue text is
/// ASCII, so the common answer ("nothing here") should cost a fraction of a cycle per byte.
enum ByteScan {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Index of the first byte that is 0x80 or above, or is `special`; nil when there is none.
    @inline(__always)
    static func firstHighOr(_ special: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        let pattern = ones &* UInt64(special)
        var index = 0
        while index &+ 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let matches = word ^ pattern
            // High bit set in a byte of `word`, or a zero byte in `matches` (the classic has-zero test).
            if (word | ((matches &- ones) & ~matches)) & highBits != 0 { break }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte >= 0x80 || byte == special { return index }
            index &+= 1
        }
        return nil
    }

    /// Index of the first `byte` at or after `start`, or nil.
    @inline(__always)
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// How many times `byte` occurs at or after `start`.
    @inline(__always)
    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        var found = 0
        var position = start
        while let hit = first(byte, in: bytes, from: position) {
            found += 1
            position = hit + 1
        }
        return found
    }
}
