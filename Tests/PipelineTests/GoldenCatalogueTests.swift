import Exports
import Foundation
import MARC
import Reports
import Testing
@testable import Pipeline
@testable import Workspace

/// A small consortium, inputs to catalogue, compared field by field with the expected catalogue committed in
/// `Golden/expected-catalogue.txt` (line MARC, for people to read). What it holds, and the catalogue must show:
///
/// - Hjo's "Häxan" and Tibro's "Häxan" are one edition: one record with all four copies, Hjo's record
///   surviving (more complete), both provenance 035s, the second ISBN merged in;
/// - Tibro's copy 7/952#1 carries barcode 1001, also on Hjo's copy: both get their municipality's prefix;
/// - a Libra-style 976 becomes 653, a 999 and a heading's $9 go, 942 $c is the copies' item type;
/// - Hjo's series record 3 links to record 2 (830 $w 2): the link is pointed at record 2's new 001;
/// - Tibro's record 9 has only a withdrawn copy (not migrated), so the record is not migrated either;
/// - prices and dates in export forms (`199:-`, `2019-03-05 14:22:01`) come out in Koha's.
///
/// Run with SAMKAT_UPDATE_GOLDEN=1 to write the expected file anew (then read it before committing).
@Suite struct GoldenCatalogueTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-golden-\(UUID().uuidString)").path
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/expected-catalogue.txt").path

    static func field(_ tag: MARC.Tag, _ indicators: String, _ subfields: [(String, String)]) -> Field {
        Field(tag: tag, indicators: indicators, subfields: subfields.map { Subfield(Character($0.0), $0.1) })
    }

    static func field(_ tag: MARC.Tag, _ subfields: [(String, String)]) -> Field { field(tag, "  ", subfields) }

    static func record(_ id: String, _ fields: [Field]) -> Record {
        Record(leader: Leader("00000nam a2200000 i 4500")!, fields: [Field(tag: "001", value: id), Field(tag: "003", value: "SE-Test"),
                                                                     Field(tag: "008", value: "190101s2019    sw            000 1 swe d")] + fields)
    }

    static var hjo: [Record] {
        [
            record("1", [
                field("020", [("a", "9789100141707"), ("q", "inbunden")]), field("020", [("a", "9789100000018"), ("q", "häftad")]),
                field("100", "1 ", [("a", "Sjöberg, Åsa"), ("9", "12345")]),
                field("245", "10", [("a", "Häxan :"), ("b", "roman /"), ("c", "Åsa Sjöberg.")]),
                field("264", " 1", [("a", "Stockholm :"), ("b", "Bonnier,"), ("c", "2019")]), field("300", [("a", "412 s.")]),
                field("500", [("a", "Med efterord.")]), field("976", [("b", "Skräck")]), field("999", [("c", "17"), ("d", "17")]),
                field("952", [("a", "1"), ("8", "11"), ("o", "Hc Sjöberg"), ("p", "1001"), ("g", "199:-"), ("d", "2019-03-05 14:22:01")]),
                field("952", [("a", "1"), ("8", "11"), ("p", "1002"), ("l", "12")]),
            ]),
            record("2", [
                field("100", "1 ", [("a", "Lind, Per")]), field("245", "10", [("a", "Ormen")]),
                field("264", " 1", [("b", "Norstedt"), ("c", "2019")]), field("300", [("a", "200 s.")]),
                field("952", [("a", "1"), ("8", "11"), ("p", "2001")]),
            ]),
            record("3", [
                field("100", "1 ", [("a", "Lind, Per")]), field("245", "10", [("a", "Ormens återkomst")]),
                field("264", " 1", [("b", "Norstedt"), ("c", "2019")]), field("300", [("a", "210 s.")]),
                field("830", " 0", [("a", "Ormen"), ("v", "2"), ("w", "2")]),
                field("952", [("a", "1"), ("8", "12"), ("p", "3001"), ("h", "Del 2")]),
            ]),
        ]
    }

    static var tibro: [Record] {
        [
            record("7", [
                field("020", [("a", "9789100141707")]), field("100", "1 ", [("a", "Sjöberg, Åsa")]),
                field("245", "10", [("a", "Häxan")]), field("264", " 1", [("b", "Bonnier"), ("c", "2019")]), field("300", [("a", "412 s.")]),
                field("952", [("a", "T1"), ("8", "B"), ("p", "1001"), ("o", "Hc")]),
                field("952", [("a", "T1"), ("8", "B"), ("p", "7002"), ("1", "1")]),
            ]),
            record("9", [
                field("100", "1 ", [("a", "Berg, Eva")]), field("245", "10", [("a", "Gallrad bok")]), field("300", [("a", "90 s.")]),
                field("952", [("a", "T1"), ("p", "9001"), ("0", "1")]),
            ]),
        ]
    }

    /// The mapping files a librarian would fill in for this consortium.
    static let mappings: [String: String] = [
        "hjo/branch.tsv": "code\tname\titems\tbranchcode\tbranchname\tnote\n1\tHjo\t4\tHJO\tHjo bibliotek\t\n",
        "hjo/department.tsv": "code\tname\titems\tloc\tccode\titemtype\tnote\n11\tVuxen\t3\t-\tVUXEN\t-\t\n12\tSerier\t1\tSERIE\tVUXEN\t-\t\n",
        "tibro/branch.tsv": "code\tname\titems\tbranchcode\tbranchname\tnote\nT1\tTibro\t3\tTIB\tTibro bibliotek\t\n",
        "tibro/department.tsv": "code\tname\titems\tloc\tccode\titemtype\tnote\nB\tBarn\t2\tBARN\tBARN\t-\t\n",
        "tibro/status.tsv": "code\tname\titems\taction\tnotforloan\tlost\tdamaged\twithdrawn\tnote\nlost=1\tFörlorad\t1\tmigrate\t-\t1\t-\t-\t\n",
        "tibro/stock.tsv": "code\tname\titems\taction\tnotforloan\tnote\nweeded\tGallrad\t1\tdo-not-migrate\t-\t\n",
        "format.tsv": "code\tname\titems\titemtype\tnote\nbook\tBok\t6\tBOK\t\n",
    ]

    func export(_ municipality: String, _ records: [Record]) throws {
        try MARCExportFolder.write(records, municipality: municipality, root: root)
    }

    @Test func theConsortiumBecomesTheExpectedCatalogue() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", GoldenCatalogueTests.hjo)
        try export("tibro", GoldenCatalogueTests.tibro)
        for (path, text) in GoldenCatalogueTests.mappings {
            let full = root + "/mappings/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        var batch = BatchFile(consortium: .init(name: "Test", municipalities: [.init(code: "hjo", name: "Hjo"), .init(code: "tibro", name: "Tibro")]),
                              exports: [.init(municipality: "hjo", system: .marc, folder: "exports/hjo"),
                                        .init(municipality: "tibro", system: .marc, folder: "exports/tibro")],
                              baseDirectory: root)
        batch.catalogue.consortiumCode = "SE-SKBG"
        let workspace = try Workspace(directory: root + "/work", create: true)
        _ = try IngestStage(batch: batch, workspace: workspace).run()
        _ = try DedupeStage(batch: batch, workspace: workspace).run()
        let summary = try EmitStage(batch: batch, workspace: workspace).run()
        #expect(summary.ledger.unbalanced.isEmpty)

        var actual: [Record] = []
        var reader = try MARCFormat.openReader(path: root + "/out/catalogue/catalogue-0001.xml", format: nil, encoding: .auto)
        while let result = try reader.next() { if case let .success(read) = result { actual.append(read.record) } }

        if ProcessInfo.processInfo.environment["SAMKAT_UPDATE_GOLDEN"] != nil {
            guard var writer = MARCFormat.line.writer(to: try ByteOutput(path: GoldenCatalogueTests.expected)) else { return }
            for record in actual { try writer.write(record) }
            try writer.finish()
        }
        // Compared the way CI compares catalogues: `samkat diff`'s engine, record by record, field by field.
        var differences: [String] = []
        let diff = try CatalogueDiff(a: try CatalogueInput(path: GoldenCatalogueTests.expected, format: .line, encoding: .utf8),
                                        b: try CatalogueInput(path: root + "/out/catalogue")).run { differences.append(DiffTextWriter.text($0)) }
        #expect(diff.recordsA == actual.count && !diff.hasDifferences,
                "the catalogue differs from Golden/expected-catalogue.txt:\n\(differences.joined(separator: "\n"))")
    }
}
