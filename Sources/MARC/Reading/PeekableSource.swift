/// A source whose first bytes can be looked at before a reader takes it over (format guessing on standard input).
public final class PeekableSource: ByteSource {
    private let base: any ByteSource
    private var peeked: [UInt8] = []
    private var replayed = 0

    public var name: String { base.name }

    public init(_ base: any ByteSource) { self.base = base }

    /// Up to `count` bytes from the start of the input, without consuming them.
    public func peek(_ count: Int) throws -> [UInt8] {
        while peeked.count < count, try base.read(into: &peeked, upTo: count - peeked.count) > 0 {}
        return Array(peeked.prefix(count))
    }

    public func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int {
        if replayed < peeked.count {
            let take = min(count, peeked.count - replayed)
            buffer.append(contentsOf: peeked[replayed..<replayed + take])
            replayed += take
            if replayed == peeked.count { peeked = []; replayed = 0 }
            return take
        }
        return try base.read(into: &buffer, upTo: count)
    }
}
