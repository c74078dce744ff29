/// One field line after Libra's `^` continuations are joined, with a map back to input positions so that a
/// finding can point at the physical line and byte it is about.
struct LogicalLine: Sendable {
    struct Segment: Sendable {
        /// Index in `bytes` where this physical line's text starts.
        var start: Int
        /// Input offset of that byte.
        var offset: Int
        /// 1-based physical line number.
        var line: Int
    }

    var bytes: [UInt8]
    var segments: [Segment]

    init(_ line: PhysicalLine) {
        bytes = line.bytes
        segments = [Segment(start: 0, offset: line.offset, line: line.number)]
    }

    /// Appends the next physical line, as a `^` continuation does (nothing goes between the two).
    mutating func join(_ line: PhysicalLine) {
        segments.append(Segment(start: bytes.count, offset: line.offset, line: line.number))
        bytes.append(contentsOf: line.bytes)
    }

    /// The input offset and line number of the byte at `index`.
    func position(of index: Int) -> (offset: Int, line: Int) {
        let segment = segments.last { $0.start <= index } ?? segments[0]
        return (segment.offset + index - segment.start, segment.line)
    }

    /// The first `limit` bytes as text, for quoting in messages.
    func quote(limit: Int = 60) -> String {
        let text = String(decoding: bytes.prefix(limit), as: UTF8.self)
        return bytes.count > limit ? text + "…" : text
    }
}
