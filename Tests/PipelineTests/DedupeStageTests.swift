import Dedupe
import Exports
import Foundation
import MARC
import Reports
import Testing
@testable import Pipeline
@testable import Workspace

/// The dedupe stage over two small plain-MARC exports: the decisions file beats the rules, survives
/// re-ingest (decisions name records by provenance, not by row id) and goes stale when a record changes.
@Suite struct DedupeStageTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-dedupe-stage-\(UUID().uuidString)").path

    static func book(_ id: String, _ title: String, isbn: String?, publisher: String = "Bonnier", note: String? = nil) -> Record {
        var fields = [Field(tag: "001", value: id), Field(tag: "008", value: "150101s2015    sw            000 1 swe d")]
        if let isbn { fields.append(Field(tag: "020", subfields: [Subfield("a", isbn)])) }
        fields.append(Field(tag: "100", indicators: "1 ", subfields: [Subfield("a", "Sjöberg, Åsa")]))
        fields.append(Field(tag: "245", indicators: "10", subfields: [Subfield("a", title)]))
        fields.append(Field(tag: "264", indicators: " 1", subfields: [Subfield("b", publisher), Subfield("c", "2015")]))
        fields.append(Field(tag: "300", subfields: [Subfield("a", "412 s.")]))
        if let note { fields.append(Field(tag: "500", subfields: [Subfield("a", note)])) }
        return Record(leader: Leader("00000nam a2200000 i 4500")!, fields: fields)
    }

    func export(_ municipality: String, _ records: [Record]) throws {
        try MARCExportFolder.write(records, municipality: municipality, root: root)
    }

    var batch: BatchFile {
        BatchFile(consortium: .init(name: "Test", municipalities: [.init(code: "hjo", name: "Hjo"), .init(code: "tibro", name: "Tibro")]),
                  exports: [.init(municipality: "hjo", system: .marc, folder: "exports/hjo"), .init(municipality: "tibro", system: .marc, folder: "exports/tibro")],
                  baseDirectory: root)
    }

    func decide(_ lines: [String]) throws {
        try (["decision,records,digests,note"] + lines).joined(separator: "\n").write(toFile: root + "/decisions.csv", atomically: true, encoding: .utf8)
    }

    /// Runs ingest (forced: new row ids every time) and dedupe; the clusters as sets of provenance ids.
    func run() throws -> (DedupeStage.Summary, Set<Set<String>>, [String]) {
        let workspace = try Workspace(directory: root + "/work", create: true)
        _ = try IngestStage(batch: batch, workspace: workspace).run(force: true)
        let summary = try DedupeStage(batch: batch, workspace: workspace).run()
        let rows = try workspace.database.prepare("""
            SELECT cluster_member.cluster, '(' || source.municipality || '-' || source.system || ')' || record.local_id FROM cluster_member
            JOIN record ON record.id = cluster_member.record_id JOIN source ON source.id = record.source_id
            """).rows { ($0.int64(0), $0.text(1) ?? "") }
        let clusters = Set(Dictionary(grouping: rows, by: \.0).values.map { Set($0.map(\.1)) })
        let findings = try workspace.database.prepare("SELECT rule FROM finding WHERE stage = 'dedupe' ORDER BY id").rows { $0.text(0) ?? "" }
        return (summary, clusters, findings)
    }

    func digests() throws -> [String: String] {
        let text = try String(contentsOfFile: root + "/out/review.csv", encoding: .utf8)
        var result: [String: String] = [:]
        for row in CSV.rows(text).dropFirst() {
            for (record, digest) in zip(row.cells[1].components(separatedBy: "; "), row.cells[2].components(separatedBy: "; ")) { result[record] = digest }
        }
        return result
    }

    @Test func decisionsBeatTheRulesSurviveReingestAndGoStale() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", [DedupeStageTests.book("1", "Häxan", isbn: "9789100141707"), DedupeStageTests.book("2", "Ormen", isbn: nil)])
        try export("tibro", [DedupeStageTests.book("7", "Häxan", isbn: "9789100141707"), DedupeStageTests.book("8", "Ormen", isbn: nil, publisher: "Norstedt")])

        var (summary, clusters, _) = try run()
        #expect(clusters == [["(hjo-marc)1", "(tibro-marc)7"]])
        #expect(summary.review == 1, "the two Ormen: same title, author, year and extent, but different publishers")
        let digest = try digests()
        #expect(digest.keys.sorted() == ["(hjo-marc)2", "(tibro-marc)8"])

        // The cataloguer keeps the ISBN pair apart and joins the reviewed pair; the row ids change with each ingest.
        try decide(["different,(hjo-marc)1; (tibro-marc)7,,wrong ISBN in one of them",
                    "same,\"(hjo-marc)2; (tibro-marc)8\",\"\(digest["(hjo-marc)2"]!); \(digest["(tibro-marc)8"]!)\","])
        (summary, clusters, _) = try run()
        #expect(clusters == [["(hjo-marc)2", "(tibro-marc)8"]])
        #expect(summary.decisionsApplied == 2 && summary.decisionsNotApplied == 0 && summary.review == 0)

        // Tibro's record 8 changes: the "same" decision is stale and not applied; the other still is.
        try export("tibro", [DedupeStageTests.book("7", "Häxan", isbn: "9789100141707"),
                             DedupeStageTests.book("8", "Ormen", isbn: nil, publisher: "Norstedt", note: "Ny anmärkning")])
        var findings: [String]
        (summary, clusters, findings) = try run()
        #expect(clusters.isEmpty && summary.review == 1)
        #expect(summary.decisionsApplied == 1 && summary.decisionsNotApplied == 1)
        #expect(findings.contains("dedupe.decision-stale"))
    }

    @Test func unreadableAndUnknownDecisionsAreReportedNotApplied() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", [DedupeStageTests.book("1", "Häxan", isbn: "9789100141707")])
        try export("tibro", [DedupeStageTests.book("7", "Häxan", isbn: "9789100141707")])
        try decide(["maybe,(hjo-marc)1; (tibro-marc)7,,", "different,(hjo-marc)1,,", "different,(hjo-marc)1; (tibro-marc)99,,",
                    ",(hjo-marc)1; (tibro-marc)7,,not decided yet", "same,(hjo-marc)1; (tibro-marc)7,,", "different,(tibro-marc)7; (hjo-marc)1,,"])
        let (summary, clusters, findings) = try run()
        #expect(clusters.isEmpty, "decided both ways: kept apart")
        #expect(summary.decisionsApplied == 2 && summary.decisionsNotApplied == 4)
        #expect(findings.filter { $0 == "dedupe.decision-unreadable" }.count == 2 && findings.contains("dedupe.decision-unknown-record"))
        #expect(findings.contains("dedupe.decision-conflict"))
    }

    @Test func anInvalidISBNIsAFinding() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try export("hjo", [DedupeStageTests.book("1", "Häxan", isbn: "9789100141708")])
        try export("tibro", [DedupeStageTests.book("7", "Ormen", isbn: nil)])
        let (_, _, findings) = try run()
        #expect(findings == ["dedupe.invalid-check-digit"])
    }

    /// The survivor is stored with why it was chosen; the merged record carries both ISBNs and a provenance 035
    /// for each member; clusters.csv lists the cluster.
    @Test func eachClusterGetsASurvivorAndAMergedRecord() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        var hjo = DedupeStageTests.book("1", "Häxan", isbn: "9789100141707", note: "Med efterord")
        hjo.fields.insert(Field(tag: "020", subfields: [Subfield("a", "9789100000018"), Subfield("q", "häftad")]), at: 2)
        try export("hjo", [hjo])
        try export("tibro", [DedupeStageTests.book("7", "Häxan", isbn: "9789100141707"), DedupeStageTests.book("8", "Häxan", isbn: "9789100141707")])
        let (summary, clusters, _) = try run()
        #expect(clusters == [["(hjo-marc)1", "(tibro-marc)7", "(tibro-marc)8"]])
        #expect(summary.withinMunicipality == 1, "Tibro has the book twice")

        let workspace = try Workspace(directory: root + "/work")
        let stored = try workspace.database.prepare("""
            SELECT '(' || source.municipality || '-' || source.system || ')' || record.local_id, cluster.survivor_reason, cluster.merged,
                   cluster.within_municipality
            FROM cluster JOIN record ON record.id = cluster.survivor JOIN source ON source.id = record.source_id
            """).rows { ($0.text(0) ?? "", $0.text(1) ?? "", $0.blob(2) ?? [], $0.int(3)) }
        #expect(stored.count == 1)
        guard let (survivor, reason, bytes, within) = stored.first else { return }
        let merged = try RecordCodec.decode(bytes)
        #expect(survivor == "(hjo-marc)1" && reason.hasPrefix("most complete description"), "the hjo record has a note and a second ISBN: \(reason)")
        #expect(within == 1)
        #expect(Set(merged.values("035", "a")).isSuperset(of: ["(hjo-marc)1", "(tibro-marc)7", "(tibro-marc)8"]))
        #expect(merged.values("020", "a").count == 2)
        let csv = try String(contentsOfFile: root + "/out/clusters.csv", encoding: .utf8)
        #expect(csv.contains("(hjo-marc)1; (tibro-marc)7; (tibro-marc)8"))
    }

    @Test func provenanceIdsReadBack() {
        #expect(Provenance("(hjo-libra)10004") == Provenance(municipality: "hjo", system: "libra", localID: "10004"))
        #expect(Provenance(" (vara-norra-bookit)A 12 ") == Provenance(municipality: "vara-norra", system: "bookit", localID: "A 12"))
        #expect(Provenance("hjo-libra 10004") == nil && Provenance("(hjo)1") == nil && Provenance("(hjo-libra)") == nil)
    }
}
