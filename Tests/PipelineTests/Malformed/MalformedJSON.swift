import MARC
import Testing

/// MARC-in-JSON that is not JSON, or JSON of the wrong shape: a bad object costs only itself.
enum MalformedJSON {
    static func record(_ id: String, title: String = "\"Röda rummet\"") -> String {
        "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":\"\(id)\"},"
            + "{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":[{\"a\":\(title)}]}}]}\n"
    }

    static func json(_ name: String, _ text: String, _ expected: [Expectation], records: Int,
                     check: @escaping @Sendable ([Record]) -> Bool = { _ in true }, knownIssue: String? = nil) -> CatalogueCase {
        CatalogueCase(name: name, format: .json, bytes: Array(text.utf8), expected: expected, records: records, check: check,
                      knownIssue: knownIssue)
    }

    static let cases: [CatalogueCase] = [
        json("invalid JSON: a missing brace", record("1") + String(record("2").dropLast(3)) + "\n" + record("3"),
             [.unreadable(at: 2)], records: 2),
        json("invalid JSON: a bare word", record("1") + "{\"leader\": nonsense}\n" + record("3"), [.unreadable(at: 2)], records: 2),
        json("wrong types: a number for a value", record("1") + record("2", title: "42") + record("3"),
             [], records: 3,
             check: { $0.count == 3 && $0[1].firstValue("245", "a") == "42" }),
        json("wrong types: fields is a string", record("1") + "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":\"245\"}\n" + record("3"),
             [.finding("json.no-fields", at: 2)], records: 3),
        json("wrong types: a leader that is a number", record("1") + record("2").replacingOccurrences(of: "\"00000nam a2200000 i 4500\"", with: "7") + record("3"),
             [.finding("json.missing-leader", at: 2)], records: 3),
        CatalogueCase(name: "bad UTF-8 in a string", format: .json,
                      bytes: Array((record("1") + record("2")).utf8).map { $0 == 0xC3 ? 0xF6 : $0 }.filter { $0 != 0xB6 } + Array(record("3").utf8),
                      expected: [.finding("json.not-utf8", at: 2)], records: 3),
        json("empty file", "", [.ingestFinding("catalogue.empty", file: "records.json")], records: 0),
    ]
}

@Suite struct MalformedJSONTests {
    @Test(.timeLimit(.minutes(1)), arguments: MalformedJSON.cases)
    func readsAndIngests(_ test: CatalogueCase) throws {
        if let reason = test.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try runCatalogueCase(test) }
        } else {
            try runCatalogueCase(test)
        }
    }
}
