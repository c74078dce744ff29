import MARC

/// Candidate pairs only through shared blocking keys, never all pairs.
///
/// Every record offers keys (an ISBN-13, a LIBRIS id, a title key …), each of a kind with a cap. Records that
/// share a key form a block, and a block yields all its pairs. A block over its kind's cap — a generic title
/// ("Dikter"), or a wrong ISBN printed in hundreds of books — is not paired as it is: it is split by a second
/// key (`refinement`), so only records that share the stronger combination pair, and it is reported.
///
/// Records are numbered 0..<count. For a million records the blocks are not held as a dictionary of strings:
/// each key is hashed to 64 bits, the (hash, record) entries sorted, and the blocks read off as runs. Two keys
/// that collide (about one chance in a million at this size) only make an extra candidate pair, which the
/// rules then judge like any other.
public enum Blocker {
    public struct Key: Hashable, Sendable {
        public var kind: String
        public var value: String

        public init(_ kind: String, _ value: String) {
            self.kind = kind
            self.value = value
        }
    }

    /// A block over its cap, and what became of it.
    public struct Oversized: Sendable {
        public var key: Key
        public var size: Int
        public var pairedAfterRefinement: Bool
    }

    public struct Result: Sendable {
        /// Each candidate pair once, sorted.
        public var pairs: [CandidatePair]
        public var oversized: [Oversized]
    }

    /// `keys(record)`: the record's blocking keys. `cap(kind)`: the largest block of that kind paired as it is.
    /// `refinement(record)`: a second key that splits an oversized block (nil: the record takes no part once a
    /// block is over its cap).
    public static func pairs(count: Int, keys: (Int) -> [Key], cap: (String) -> Int, refinement: (Int) -> String?) -> Result {
        var kinds: [String] = []
        var kindIndex: [String: UInt8] = [:]
        var entries: [Entry] = []
        entries.reserveCapacity(count * 4)
        for record in 0..<count {
            for key in Set(keys(record)) {
                let kind = kindIndex[key.kind] ?? {
                    kinds.append(key.kind)
                    kindIndex[key.kind] = UInt8(kinds.count - 1)
                    return UInt8(kinds.count - 1)
                }()
                entries.append(Entry(hash: hash(key.kind, key.value), record: Int32(record), kind: kind))
            }
        }
        entries.sort { ($0.hash, $0.record) < ($1.hash, $1.record) }

        var found: [CandidatePair] = []
        var oversized: [Oversized] = []
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end].hash == entries[start].hash { end += 1 }
            defer { start = end }
            guard end - start > 1 else { continue }
            let block = entries[start..<end].map(\.record)
            let kind = kinds[Int(entries[start].kind)]
            let limit = cap(kind)
            if block.count <= limit {
                addAllPairs(block, into: &found)
                continue
            }
            var refined: [(UInt64, Int32)] = block.compactMap { record in refinement(Int(record)).map { (hash("", $0), record) } }
            refined.sort { $0 < $1 }
            var paired = false
            var subStart = 0
            while subStart < refined.count {
                var subEnd = subStart + 1
                while subEnd < refined.count, refined[subEnd].0 == refined[subStart].0 { subEnd += 1 }
                if subEnd - subStart > 1, subEnd - subStart <= limit {
                    addAllPairs(refined[subStart..<subEnd].map(\.1), into: &found)
                    paired = true
                }
                subStart = subEnd
            }
            let key = keys(Int(block[0])).first { $0.kind == kind && hash($0.kind, $0.value) == entries[start].hash } ?? Key(kind, "?")
            oversized.append(Oversized(key: key, size: block.count, pairedAfterRefinement: paired))
        }
        entries = []
        found.sort()
        var unique = 0
        for index in found.indices where index == 0 || found[index] != found[unique - 1] {
            found[unique] = found[index]
            unique += 1
        }
        found.removeLast(found.count - unique)
        oversized.sort { ($0.key.kind, $0.key.value) < ($1.key.kind, $1.key.value) }
        return Result(pairs: found, oversized: oversized)
    }

    private struct Entry {
        var hash: UInt64
        var record: Int32
        var kind: UInt8
    }

    /// FNV-1a 64 of the kind, a separator and the value.
    static func hash(_ kind: String, _ value: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(kind)
        hash.add(0x1F)
        hash.add(value)
        return hash.value
    }

    /// `records` ascending (entries are sorted by record within a hash).
    private static func addAllPairs(_ records: [Int32], into found: inout [CandidatePair]) {
        for i in records.indices {
            for j in records.indices where j > i && records[j] != records[i] {
                found.append(CandidatePair(records[i], records[j]))
            }
        }
    }
}

/// Two records (by position), the smaller first, packed in one word so that millions of pairs stay small.
public struct CandidatePair: Hashable, Comparable, Sendable {
    let packed: UInt64

    public init(_ a: Int32, _ b: Int32) {
        packed = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
    }

    public var first: Int { Int(packed >> 32) }
    public var second: Int { Int(packed & 0xFFFF_FFFF) }

    public static func < (a: CandidatePair, b: CandidatePair) -> Bool { a.packed < b.packed }
}
