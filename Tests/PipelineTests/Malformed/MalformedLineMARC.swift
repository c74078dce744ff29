import MARC
import Testing

/// Libra's line-MARC (`exportCat.txt`) with what real exports get wrong: every assumption is a finding on
/// its record.
enum MalformedLineMARC {
    static let leader = "*00000000nam a2200000 i 4500\r\n"

    static func line(_ name: String, _ text: String, _ expected: [Expectation], records: Int,
                     check: @escaping @Sendable ([Record]) -> Bool = { _ in true }, knownIssue: String? = nil) -> CatalogueCase {
        CatalogueCase(name: name, format: .line, bytes: Array(text.utf8), expected: expected, records: records, check: check,
                      knownIssue: knownIssue)
    }

    static let good = leader + "*0011\r\n*24510$aRöda rummet\r\n"

    static let cases: [CatalogueCase] = [
        line("missing leader", "*0012\r\n*24510$aUtan ledare\r\n", [.finding("line.missing-leader", at: 1)], records: 1),
        line("bad indicators", good + leader + "*0012\r\n*245ABC$aTitel\r\n", [.finding("line.bad-indicators", at: 2)], records: 2),
        line("continuation lines", good + leader + "*0012\r\n*24510$aEn mycket lång ti^\r\ntel$bsom fortsätter\r\n",
             [], records: 2, check: { $0.count == 2 && $0[1].firstValue("245", "a") == "En mycket lång titel" }),
        line("continuation at the end of a record", good + leader + "*0012\r\n*24510$aSlut^\r\n" + good,
             [], records: 3, check: { $0.count == 3 && $0[1].firstValue("245", "a") == "Slut" }),
        line("leader of the wrong length", "*000nam a22\r\n*0011\r\n*24510$aKort ledare\r\n", [.finding("line.leader-length", at: 1)],
             records: 1),
        line("record without fields", good + leader + good, [.finding("line.no-fields", at: 2)], records: 3),
        line("empty file", "", [.ingestFinding("catalogue.empty", file: "exportCat.txt")], records: 0),
    ]
}

@Suite struct MalformedLineMARCTests {
    @Test(.timeLimit(.minutes(1)), arguments: MalformedLineMARC.cases)
    func readsAndIngests(_ test: CatalogueCase) throws {
        if let reason = test.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try runCatalogueCase(test) }
        } else {
            try runCatalogueCase(test)
        }
    }
}
