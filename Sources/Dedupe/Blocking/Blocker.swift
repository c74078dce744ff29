/// Candidate pairs only through shared blocking keys, never all pairs.
///
/// Every record offers keys (an ISBN-13, a LIBRIS id, a title key …), each of a kind with a cap. Records that
/// share a key form a block, and a block yields all its pairs. A block over its kind's cap — a generic title
/// ("Dikter"), or a wrong ISBN printed in hundreds of books — is not paired as it is: it is split by a second
/// key (`refinement`), so only records that share the stronger combination pair, and it is reported.
public struct Blocker<ID: Hashable & Comparable & Sendable> {
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
        /// Each candidate pair once, smaller id first, sorted; with the keys it was found through.
        public var pairs: [(ID, ID, [Key])]
        public var oversized: [Oversized]
    }

    /// `cap(kind)`: the largest block of that kind paired as it is. `refinement(id, key)`: a second key that
    /// splits an oversized block (nil: the record takes no part once the block is over its cap).
    public static func pairs(keys: [(ID, [Key])], cap: (String) -> Int, refinement: (ID, Key) -> String?) -> Result {
        var blocks: [Key: [ID]] = [:]
        for (id, recordKeys) in keys {
            for key in Set(recordKeys) { blocks[key, default: []].append(id) }
        }
        var found: [PairKey: [Key]] = [:]
        var oversized: [Oversized] = []
        for (key, ids) in blocks.sorted(by: { ($0.key.kind, $0.key.value) < ($1.key.kind, $1.key.value) }) where ids.count > 1 {
            let limit = cap(key.kind)
            if ids.count <= limit {
                addAllPairs(ids, key, into: &found)
                continue
            }
            var subBlocks: [String: [ID]] = [:]
            for id in ids {
                if let second = refinement(id, key) { subBlocks[second, default: []].append(id) }
            }
            var paired = false
            for (_, subIDs) in subBlocks where subIDs.count > 1 && subIDs.count <= limit {
                addAllPairs(subIDs, key, into: &found)
                paired = true
            }
            oversized.append(Oversized(key: key, size: ids.count, pairedAfterRefinement: paired))
        }
        let pairs = found.map { ($0.key.first, $0.key.second, $0.value.sorted { ($0.kind, $0.value) < ($1.kind, $1.value) }) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        return Result(pairs: pairs, oversized: oversized)
    }

    private struct PairKey: Hashable {
        var first: ID
        var second: ID
    }

    private static func addAllPairs(_ ids: [ID], _ key: Key, into found: inout [PairKey: [Key]]) {
        let sorted = Array(Set(ids)).sorted()
        for i in sorted.indices {
            for j in sorted.indices where j > i {
                found[PairKey(first: sorted[i], second: sorted[j]), default: []].append(key)
            }
        }
    }
}
