import Testing
@testable import Dedupe

@Suite struct BlockerTests {
    typealias B = Blocker<Int>

    @Test func onlyRecordsSharingAKeyArePaired() {
        let result = B.pairs(keys: [
            (1, [B.Key("isbn", "9789100000001"), B.Key("title", "haxan")]),
            (2, [B.Key("isbn", "9789100000001")]),
            (3, [B.Key("title", "haxan")]),
            (4, [B.Key("title", "annat")]),
        ], cap: { _ in 50 }, refinement: { _, _ in nil })
        #expect(result.pairs.map { [$0.0, $0.1] } == [[1, 2], [1, 3]])
        #expect(result.pairs[0].2 == [B.Key("isbn", "9789100000001")])
    }

    /// 300 records share the title "Dikter": over the cap, only those that also share an author pair.
    @Test func anOversizedBlockPairsOnlyThroughItsRefinement() {
        var keys: [(Int, [B.Key])] = []
        for id in 0..<300 { keys.append((id, [B.Key("title", "dikter")])) }
        let result = B.pairs(keys: keys, cap: { _ in 100 }, refinement: { id, _ in id < 3 ? "karin boye" : "author\(id)" })
        #expect(result.pairs.count == 3, "0-1, 0-2, 1-2 share the author; nothing else pairs")
        #expect(result.oversized.count == 1 && result.oversized[0].size == 300 && result.oversized[0].pairedAfterRefinement)
    }

    @Test func pairsAreTheSameWhateverTheInputOrder() {
        let keys: [(Int, [B.Key])] = (0..<40).map { ($0, [B.Key("isbn", "\($0 % 7)"), B.Key("title", "\($0 % 5)")]) }
        let expected = B.pairs(keys: keys, cap: { _ in 6 }, refinement: { id, _ in "\(id % 2)" }).pairs.map { [$0.0, $0.1] }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            #expect(B.pairs(keys: keys.shuffled(using: &generator), cap: { _ in 6 }, refinement: { id, _ in "\(id % 2)" }).pairs.map { [$0.0, $0.1] } == expected)
        }
    }
}
