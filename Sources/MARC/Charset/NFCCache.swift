/// NFC for catalogue text with decomposed Latin diacritics ("Que\u{301}bec"), without a trip through
/// Foundation for every value.
///
/// Text is cut into clusters: a base below U+0300 followed by combining marks from U+0300–U+036F. Every
/// scalar below U+0300 has canonical combining class 0 and NFC quick check Yes, so it starts a segment that
/// NFC treats on its own: the NFC of the text is the NFC of each cluster, concatenated. Each distinct cluster
/// (at most 7 bytes) is normalised once by `NFC.normalize` and remembered. Text with anything else at or
/// above U+0300 (other scripts, a mark with no base, a long run of marks) goes to `NFC.normalize` whole.
struct NFCCache {
    /// Cluster bytes packed little-endian into the key, with the length in the top byte.
    private var clusters: [UInt64: [UInt8]] = [:]
    private var output: [UInt8] = []
    /// Enough for every combination catalogue text uses; past it, new clusters are normalised but not kept.
    private static let capacity = 8192

    /// The NFC form of well-formed UTF-8.
    mutating func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = output
        output = []
        out.removeAll(keepingCapacity: true)
        defer { output = out }
        guard appendNormalized(bytes, to: &out) else {
            return NFC.normalize(String(decoding: bytes, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the NFC form of `bytes` to `out`; false when the text is not made of clusters this cache handles.
    private mutating func appendNormalized(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        let count = bytes.count
        var index = 0
        var runStart = 0  // bytes from here to `index` are copied as they are
        while index < count {
            let lead = bytes[index]
            if lead < 0x80, index + 1 < count, bytes[index + 1] < 0x80 {
                index += 1  // ASCII followed by ASCII: no mark to compose with
                continue
            }
            // A base below U+0300: ASCII or a two-byte sequence with lead C2–CB.
            guard lead < 0xCC else { return false }
            var end = index + (lead < 0x80 ? 1 : 2)
            let baseEnd = end
            while end + 1 < count, Self.isMark(bytes[end], bytes[end + 1]) { end += 2 }
            if end > baseEnd {
                guard end - index <= 7 else { return false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: normalizedCluster(UnsafeBufferPointer(rebasing: bytes[index..<end])))
                runStart = end
            }
            index = end
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        return true
    }

    /// U+0300–U+036F: CC 80 – CD AF.
    @inline(__always)
    private static func isMark(_ lead: UInt8, _ next: UInt8) -> Bool {
        lead == 0xCC || (lead == 0xCD && next <= 0xAF)
    }

    private mutating func normalizedCluster(_ cluster: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var key = UInt64(cluster.count) << 56
        for (offset, byte) in cluster.enumerated() { key |= UInt64(byte) << (8 * UInt64(offset)) }
        if let known = clusters[key] { return known }
        let normalized = Array(NFC.normalize(String(decoding: cluster, as: UTF8.self)).utf8)
        if clusters.count < Self.capacity { clusters[key] = normalized }
        return normalized
    }
}
