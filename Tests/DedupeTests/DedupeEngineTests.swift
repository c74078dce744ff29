import MARC
import Testing
@testable import Dedupe

@Suite struct DedupeEngineTests {
    func record(_ title: String, isbn: String?, edition: String? = nil, year: String = "2015") -> Record {
        var fields = [Field(tag: "008", value: "150101s\(year)    sw            000 1 swe d")]
        if let isbn { fields.append(Field(tag: "020", subfields: [Subfield("a", isbn)])) }
        fields.append(Field(tag: "100", indicators: "1 ", subfields: [Subfield("a", "Sjöberg, Åsa")]))
        fields.append(Field(tag: "245", indicators: "10", subfields: [Subfield("a", title)]))
        if let edition { fields.append(Field(tag: "250", subfields: [Subfield("a", edition)])) }
        fields.append(Field(tag: "264", indicators: " 1", subfields: [Subfield("b", "Bonnier"), Subfield("c", year)]))
        fields.append(Field(tag: "300", subfields: [Subfield("a", "412 s.")]))
        return Record(fields: fields)
    }

    func subject(_ id: Int64, _ record: Record, _ format: FormatClass = .book) -> PairSubject {
        PairSubject(id: id, municipality: "m\(id)", keys: MatchKeys.extract(from: record), format: format)
    }

    /// Three libraries' records of one edition become one cluster; the audiobook and the second edition, which
    /// share title and author, stay out of it.
    @Test func oneEditionOneClusterAndTheLookAlikesApart() {
        let subjects = [
            subject(1, record("Häxan", isbn: "9789100141707")),
            subject(2, record("Häxan", isbn: "9789100141707")),
            subject(3, record("Häxan", isbn: nil)),
            subject(4, record("Häxan", isbn: "9789100141707"), .audiobookCD),
            subject(5, record("Häxan", isbn: "9789100000001", edition: "2. uppl.", year: "2019")),
            subject(6, record("Något helt annat", isbn: "9789100000018")),
        ]
        var decisions: [DedupeEngine.Decision] = []
        let result = DedupeEngine().run(subjects) { decisions.append($0) }
        #expect(result.clusters == [[1, 2, 3]])
        #expect(result.candidatePairs == decisions.count)
        #expect(decisions.contains { $0.first == 1 && $0.second == 4 && $0.outcome.reasons.first?.hasPrefix("different formats") == true })
        let labels: [(Int64, Int64, Bool)] = [(1, 2, true), (1, 3, true), (1, 4, false), (1, 5, false), (1, 6, false)]
        let evaluation = PairSetEvaluation(labels: labels, result: result)
        #expect(evaluation.precision == 1 && evaluation.recall == 1)
    }

    @Test func theSameClustersWhateverTheOrderOfTheRecords() {
        let subjects: [PairSubject] = (0..<30).map { (n: Int) -> PairSubject in
            let title = n % 3 == 0 ? "Häxan" : "Titel \(n % 4)"
            return subject(Int64(n), record(title, isbn: n % 2 == 0 ? "9789100141707" : nil))
        }
        let expected = DedupeEngine().run(subjects).clusters
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 { #expect(DedupeEngine().run(subjects.shuffled(using: &generator)).clusters == expected) }
    }

    /// A cataloguer's "different" keeps apart what the rules would merge; "same" joins records that share no
    /// key and even crosses a rule's veto; both are reported with the cataloguer as the reason.
    @Test func decisionsBeatTheRules() {
        let subjects = [
            subject(1, record("Häxan", isbn: "9789100141707")),
            subject(2, record("Häxan", isbn: "9789100141707")),
            subject(3, record("Något helt annat", isbn: "9789100000018")),
            subject(4, record("Häxan", isbn: "9789100141707"), .audiobookCD),
        ]
        var decided = CataloguerDecisions()
        decided.decide([1, 2], .different)
        decided.decide([3, 4], .same)
        var decisions: [DedupeEngine.Decision] = []
        let result = DedupeEngine().run(subjects, decided: decided) { decisions.append($0) }
        #expect(result.clusters == [[3, 4]])
        #expect(decisions.first { $0.first == 1 && $0.second == 2 }?.outcome.reasons == ["a cataloguer decided these are different records"])
        #expect(decisions.first { $0.first == 3 && $0.second == 4 }?.outcome.reasons == ["a cataloguer decided these are the same record"])
    }

    /// A pair decided both ways stays apart.
    @Test func aPairDecidedBothWaysIsDifferent() {
        var decided = CataloguerDecisions()
        decided.decide([1, 2], .different)
        decided.decide([1, 2, 3], .same)
        #expect(decided.verdict(1, 2) == .different && decided.verdict(2, 1) == .different)
        #expect(decided.verdict(1, 3) == .same && decided.verdict(2, 3) == .same)
        #expect(decided.ids == [1, 2, 3])
    }
}
