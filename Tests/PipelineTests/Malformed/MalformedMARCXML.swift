import MARC
import Testing

/// MARCXML documents that are broken, hostile or in the wrong place: a broken record costs itself, an
/// entity attack stops the file, and nothing outside the document is ever read.
enum MalformedMARCXML {
    static let slim = "http://www.loc.gov/MARC21/slim"

    static func record(_ id: String, _ title: String = "Röda rummet") -> String {
        "<record><leader>00000nam a2200000 i 4500</leader><controlfield tag=\"001\">\(id)</controlfield>"
            + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">\(title)</subfield></datafield></record>\n"
    }

    static func document(_ body: String, prolog: String = "", namespace: String = slim) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + "<collection xmlns=\"\(namespace)\">\n" + body
            + "</collection>\n").utf8)
    }

    static func xml(_ name: String, _ bytes: [UInt8], _ expected: [Expectation], records: Int,
                    check: @escaping @Sendable ([Record]) -> Bool = { _ in true }, knownIssue: String? = nil) -> CatalogueCase {
        CatalogueCase(name: name, format: .marcxml, bytes: bytes, expected: expected, records: records, check: check,
                      knownIssue: knownIssue)
    }

    static let cases: [CatalogueCase] = {
        let laughs = "<!DOCTYPE collection [<!ENTITY a \"hahahahahahahahahaha\">"
            + (1...9).map { level in
                let previous = level == 1 ? "a" : "l\(level - 1)"
                return "<!ENTITY l\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
            }.joined() + "]>\n"
        let valid = document(record("1") + record("2") + record("3"))
        return [
            xml("not well-formed: mismatched end tag", document(record("1") + record("2").replacingOccurrences(of: "</datafield>", with: "</datafeld>") + record("3")),
                [.unreadable(at: 2)], records: 2),
            xml("not well-formed: bare ampersand", document(record("1") + record("2", "Smith & Wesson") + record("3")),
                [.unreadable(at: 2)], records: 2),
            xml("wrong namespace", document(record("1"), namespace: "http://example.org/not-marc"),
                [.finding("marcxml.unknown-element", at: 1)], records: 0,
                knownIssue: "records in a foreign namespace are skipped: zero records and no finding"),
            xml("entity bomb (billion laughs)", document(record("1") + record("2", "&l9;"), prolog: laughs),
                [.error("entit")], records: 1),
            xml("external entity (XXE) is never read",
                document(record("1", "&xxe;"), prolog: "<!DOCTYPE collection [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"),
                [.finding("marcxml.parser-error", at: 1)], records: 1,
                check: { !$0.contains { ($0.firstValue("245", "a") ?? "").contains("root") } },
                knownIssue: "the unread external entity leaves the value empty without a finding"),
            xml("DTD with internal subset", document(record("1", "&forf;"), prolog: "<!DOCTYPE collection [<!ENTITY forf \"August Strindberg\">]>\n"),
                [], records: 1, check: { $0.first?.firstValue("245", "a") == "August Strindberg" }),
            xml("truncated document", Array(valid.prefix(valid.count - 200)), [.unreadable(at: 3)], records: 2),
            xml("elements outside records",
                document(record("1") + "<datafield tag=\"500\" ind1=\" \" ind2=\" \"><subfield code=\"a\">lost</subfield></datafield>\n" + record("2")),
                [.finding("marcxml.outside-record", at: 1)], records: 2),
            xml("empty file", [], [.error("not well-formed")], records: 0),
            xml("Latin-1 bytes in a UTF-8 document", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"\(slim)\">\n".utf8)
                + Array(record("1").utf8) + Array(record("2").utf8).map { $0 == 0xC3 ? 0xF6 : $0 }.filter { $0 != 0xB6 }
                + Array(record("3").utf8) + Array("</collection>\n".utf8),
                [.unreadable(at: 2)], records: 2),
            xml("bad indicator and subfield code",
                document(record("1").replacingOccurrences(of: "ind1=\"1\"", with: "ind1=\"xyz\"").replacingOccurrences(of: "code=\"a\"", with: "code=\"\"")),
                [.finding("marcxml.indicator", at: 1), .finding("marcxml.subfield-code", at: 1)], records: 1),
        ]
    }()
}

@Suite struct MalformedMARCXMLTests {
    @Test(.timeLimit(.minutes(1)), arguments: MalformedMARCXML.cases)
    func readsAndIngests(_ test: CatalogueCase) throws {
        if let reason = test.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try runCatalogueCase(test) }
        } else {
            try runCatalogueCase(test)
        }
    }
}
