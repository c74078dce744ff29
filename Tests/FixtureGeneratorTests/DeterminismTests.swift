import Foundation
import Testing
@testable import FixtureGenerator

@Suite struct DeterminismTests {
    @Test func theCommittedDemoIsWhatTheGeneratorMakes() throws {
        let demo = FixtureTestSupport.repositoryRoot + "/Fixtures/demo"
        try #require(FileManager.default.fileExists(atPath: demo + "/batch.yml"), "Fixtures/demo is missing")
        let fresh = try FixtureTestSupport.generate(records: 3000, seed: 2026, name: "demo")
        defer { try? FileManager.default.removeItem(atPath: fresh) }
        // Beside the generator's output: the demo's filled-in mappings (a librarian's work) and what samkat writes
        // when the demo runs (workspace, output).
        #expect(FixtureTestSupport.difference(demo, fresh, excluding: ["mappings", "work", "out"]) == nil)
    }

    @Test func theSameSeedGivesTheSameTreeAndAnotherSeedAnother() throws {
        let first = try FixtureTestSupport.generate(records: 700, seed: 99, name: "a")
        let second = try FixtureTestSupport.generate(records: 700, seed: 99, name: "b")
        let other = try FixtureTestSupport.generate(records: 700, seed: 100, name: "c")
        defer { for path in [first, second, other] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(FixtureTestSupport.difference(first, second) == nil)
        #expect(FixtureTestSupport.difference(first, other) != nil)
    }

    @Test func fewerMunicipalitiesKeepTibro() {
        #expect(Municipality.first(2).map(\.code) == ["gullspang", "tibro"])
        #expect(Municipality.first(3).map(\.code) == ["gullspang", "hjo", "tibro"])
        #expect(Municipality.first(1).map(\.code) == ["gullspang"])
        #expect(Municipality.first(8).count == 8)
    }

    @Test func recordsCountsEveryCatalogueRecord() throws {
        let root = try FixtureTestSupport.generate(records: 500, seed: 5, municipalities: 3, name: "count")
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(FixtureTestSupport.truth(root, "editions.tsv").count == 500)
        #expect(FixtureTestSupport.files(under: root + "/exports").map { $0.split(separator: "/")[0] }.reduce(into: Set<Substring>()) { $0.insert($1) }
            == ["gullspang", "hjo", "tibro"])
    }
}
