#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable byte buffer that writers fill through a raw pointer, for hot loops that must not pay for array
/// uniqueness, bounds or exclusivity checks on every byte.
///
/// The protocol: `reserve(n)` once, then up to `n` bytes of unchecked `put`s. The struct is a plain view of
/// memory it does not own: whoever creates one with `allocate` keeps the latest copy (it moves when it grows)
/// and calls `deallocate()` exactly once.
struct OutputBuffer {
    private(set) var start: UnsafeMutablePointer<UInt8>
    var count = 0
    private(set) var capacity: Int

    static func allocate(capacity: Int) -> OutputBuffer {
        OutputBuffer(start: .allocate(capacity: capacity), capacity: capacity)
    }

    private init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.start = start
        self.capacity = capacity
    }

    func deallocate() { start.deallocate() }

    /// The bytes written so far (valid until the next write).
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: start, count: count) }

    /// Makes room for `extra` more bytes of unchecked `put`s.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    /// Gives memory back after an unusually large record, so a single huge record does not keep it.
    mutating func shrink(to limit: Int) {
        guard capacity > limit, count <= limit else { return }
        let smaller = UnsafeMutablePointer<UInt8>.allocate(capacity: limit)
        smaller.update(from: start, count: count)
        start.deallocate()
        start = smaller
        capacity = limit
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        start[count] = byte
        count &+= 1
    }

    @inline(__always)
    mutating func put(_ text: StaticString) {
        put(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    @inline(__always)
    mutating func put(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        memcpy(start + count, bytes, length)
        count &+= length
    }
}
