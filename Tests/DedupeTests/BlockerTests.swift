import Testing
@testable import Dedupe

@Suite struct BlockerTests {
    typealias Key = Blocker.Key

    func pairs(_ result: Blocker.Result) -> [[Int]] { result.pairs.map { [$0.first, $0.second] } }

    @Test func onlyRecordsSharingAKeyArePaired() {
        let keys: [[Key]] = [
            [Key("isbn", "9789100000001"), Key("title", "haxan")],
            [Key("isbn", "9789100000001")],
            [Key("title", "haxan")],
            [Key("title", "annat")],
        ]
        let result = Blocker.pairs(count: keys.count, keys: { keys[$0] }, cap: { _ in 50 }, refinement: { _ in nil })
        #expect(pairs(result) == [[0, 1], [0, 2]])
    }

    /// Records sharing two keys are one candidate pair, not two.
    @Test func aPairFoundThroughSeveralKeysIsOnePair() {
        let keys: [[Key]] = [[Key("isbn", "1"), Key("title", "a")], [Key("isbn", "1"), Key("title", "a")]]
        #expect(pairs(Blocker.pairs(count: 2, keys: { keys[$0] }, cap: { _ in 50 }, refinement: { _ in nil })) == [[0, 1]])
    }

    /// The same value under two kinds is two different keys.
    @Test func kindsDoNotMix() {
        let keys: [[Key]] = [[Key("isbn", "123")], [Key("standard", "123")]]
        #expect(Blocker.pairs(count: 2, keys: { keys[$0] }, cap: { _ in 50 }, refinement: { _ in nil }).pairs.isEmpty)
    }

    /// 300 records share the title "Dikter": over the cap, only those that also share an author pair.
    @Test func anOversizedBlockPairsOnlyThroughItsRefinement() {
        let result = Blocker.pairs(count: 300, keys: { _ in [Key("title", "dikter")] }, cap: { _ in 100 },
                                   refinement: { $0 < 3 ? "karin boye" : "author\($0)" })
        #expect(pairs(result) == [[0, 1], [0, 2], [1, 2]], "0, 1 and 2 share the author; nothing else pairs")
        #expect(result.oversized.count == 1)
        #expect(result.oversized.first?.key == Key("title", "dikter") && result.oversized.first?.size == 300)
        #expect(result.oversized.first?.pairedAfterRefinement == true)
    }

    @Test func aBlockWithinItsCapYieldsAllItsPairs() {
        let result = Blocker.pairs(count: 5, keys: { _ in [Key("isbn", "9789100000001")] }, cap: { _ in 5 }, refinement: { _ in nil })
        #expect(result.pairs.count == 10 && result.oversized.isEmpty)
    }
}
