import Testing
@testable import Dedupe

@Suite struct ClusterBuilderTests {
    typealias Builder = ClusterBuilder<Int>

    @Test func acceptedPairsJoinTransitively() {
        let result = Builder.build(pairs: [.init(1, 2, score: 0.9), .init(2, 3, score: 0.8), .init(7, 8, score: 0.99)]) { _, _ in nil }
        #expect(result.clusters == [[1, 2, 3], [7, 8]])
        #expect(result.refusals.isEmpty)
    }

    /// 1–2 and 2–3 are accepted, but 1 and 3 veto each other (a book and its audiobook linked through a shared
    /// wrong ISBN): the weaker join is refused and reported, never a cluster holding both.
    @Test func aVetoSplitsWhatPairsWouldJoin() {
        let result = Builder.build(pairs: [.init(1, 2, score: 0.9), .init(2, 3, score: 0.7)]) { a, b in
            Set([a, b]) == [1, 3] ? "format: book vs audiobook CD" : nil
        }
        #expect(result.clusters == [[1, 2]])
        #expect(result.refusals.count == 1)
        #expect(result.refusals[0].vetoed == (1, 3) && result.refusals[0].reason.contains("audiobook"))
    }

    @Test func theSameClustersWhateverTheInputOrder() {
        let pairs: [Builder.Pair] = [.init(1, 2, score: 0.9), .init(2, 3, score: 0.9), .init(3, 4, score: 0.8), .init(4, 5, score: 0.9), .init(1, 5, score: 0.6)]
        let veto: (Int, Int) -> String? = { a, b in Set([a, b]) == [1, 4] ? "edition: 1st vs 2nd" : nil }
        let expected = Builder.build(pairs: pairs, veto: veto).clusters
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            #expect(Builder.build(pairs: pairs.shuffled(using: &generator), veto: veto).clusters == expected)
        }
        #expect(expected.allSatisfy { !(Set($0).isSuperset(of: [1, 4])) })
    }
}
