import MARC
import Testing

/// ISO 2709 catalogues broken in every way the framer and decoder must survive: each costs at most its own
/// record, and each repair or loss is a finding on that record.
enum MalformedISO2709 {
    static let good1 = RawRecord.book("1")
    static let good3 = RawRecord.book("3", title: Array("Hemsöborna".utf8))

    static func iso(_ name: String, _ bytes: [UInt8], _ expected: [Expectation], records: Int,
                    check: @escaping @Sendable ([Record]) -> Bool = { _ in true }, knownIssue: String? = nil) -> CatalogueCase {
        CatalogueCase(name: name, format: .iso2709, bytes: bytes, expected: expected, records: records, check: check,
                      knownIssue: knownIssue)
    }

    static let cases: [CatalogueCase] = {
        let broken = RawRecord.book("2", title: Array("Fröken Julie".utf8))
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 12_000)
        let bigFields = (0..<12).map { _ in ("500", RawRecord.field("  ", [("a", [UInt8](repeating: UInt8(ascii: "y"), count: 9_000))])) }
        return [
            iso("truncated mid-directory", good1 + broken.prefix(30), [.unreadable(at: 2)],
                records: 1),
            iso("truncated mid-field", good1 + broken.dropLast(8), [.finding("iso2709.framing", at: 2), .finding("iso2709.field-length", at: 2)],
                records: 2),
            iso("missing record terminator", good1 + broken.dropLast() + good3, [.finding("iso2709.framing", at: 2)], records: 3,
                knownIssue: "a record whose length counts its missing terminator swallows the next record (framed as one, its fields lost)"),
            iso("record length too small", good1 + RawRecord.patch(broken, at: 0, "00050") + good3,
                [.finding("iso2709.framing", at: 2)], records: 3),
            iso("record length not a number", good1 + RawRecord.patch(broken, at: 0, "0x1z5") + good3,
                [.finding("iso2709.framing", at: 2)], records: 3),
            iso("wrong base address", good1 + RawRecord.patch(broken, at: 12, "00099") + good3,
                [.finding("iso2709.base-address", at: 2)], records: 3),
            iso("directory entry past the data", good1 + RawRecord.patch(broken, at: 24 + 12 + 7, "09000") + good3,
                [.finding("iso2709.directory-entry", at: 2)], records: 3),
            iso("directory not whole entries", good1 + RawRecord.make([("001", Array("2".utf8))]).enumerated()
                .flatMap { $0.offset == 36 ? Array("12345".utf8) + [$0.element] : [$0.element] } + good3,
                [.finding("iso2709.directory", at: 2)], records: 3),
            iso("leader only", good1 + Array("00025nam a2200025 i 4500".utf8) + [0x1D] + good3, [.unreadable(at: 2)], records: 2),
            iso("no field terminator at all", good1 + Array("00040nam a2200000 i 4500garbage without end".utf8) + [0x1D] + good3,
                [.unreadable(at: 2)], records: 2),
            iso("empty file", [], [.ingestFinding("catalogue.empty", file: "records.mrc")], records: 0),
            iso("bad UTF-8 in a UTF-8 record", good1 + RawRecord.book("2", title: [0x46, 0xC3, 0x28, 0x72, 0xF5]) + good3,
                [.finding("charset.leader-mismatch", at: 2)], records: 3),
            iso("MARC-8 escape cut short", good1 + RawRecord.book("2", title: Array("Titel ".utf8) + [0x1B, 0x28], leader9: 0x20) + good3,
                [.finding("charset.undecodable", at: 2)], records: 3),
            iso("Latin-1 text, leader says UTF-8", good1 + RawRecord.book("2", title: RawRecord.latin1("Sjöberg på ön")) + good3,
                [.finding("charset.leader-mismatch", at: 2)], records: 3,
                check: { $0.count == 3 && $0[1].firstValue("245", "a") == "Sjöberg på ön" }),
            iso("mixed encodings in one file",
                good1 + RawRecord.book("2", title: RawRecord.latin1("Fröken Julie"))
                    + RawRecord.book("3", title: [0x45, 0xE2, 0x65, 0x74, 0x65], leader9: 0x20),
                [.finding("charset.leader-mismatch", at: 2)], records: 3,
                check: { $0.map { $0.firstValue("245", "a") ?? "" } == ["Röda rummet", "Fröken Julie", "Eéte"] }),
            iso("huge field over 9,999 bytes", good1 + RawRecord.make([("001", Array("2".utf8)), ("245", RawRecord.field("10", [("a", huge)]))]) + good3,
                [.finding("iso2709.field-length", at: 2)], records: 3,
                check: { $0.count == 3 && $0[1].firstValue("245", "a")?.utf8.count == 12_000 }),
            iso("huge record over 99,999 bytes", good1 + RawRecord.make([("001", Array("2".utf8))] + bigFields) + good3,
                [.finding("iso2709.framing", at: 2)], records: 3,
                check: { $0.count == 3 && $0[1].fields(Tag("500")!).count == 12 }),
            iso("control characters in data", good1 + RawRecord.book("2", title: Array("Ti".utf8) + [0x07, 0x1F] + Array("tel".utf8) + [0x00]) + good3,
                [.finding("iso2709.unrepresentable-byte", at: 2)], records: 3,
                check: { !($0[1].firstValue("245", "a") ?? "").contains("\u{07}") }),
            iso("padding between records", good1 + [0x0D, 0x0A, 0x00, 0x00] + good3, [.finding("iso2709.framing", at: 2)], records: 2),
        ]
    }()
}

@Suite struct MalformedISO2709Tests {
    @Test(.timeLimit(.minutes(1)), arguments: MalformedISO2709.cases)
    func readsAndIngests(_ test: CatalogueCase) throws {
        if let reason = test.knownIssue {
            withKnownIssue(Comment(rawValue: reason)) { try runCatalogueCase(test) }
        } else {
            try runCatalogueCase(test)
        }
    }
}
