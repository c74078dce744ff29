import Dedupe
import Foundation
import MARC
import Reports
import Workspace

/// The review queue for cataloguers, in two forms side by side: `review.csv` for a spreadsheet — its first
/// columns are those of the decisions file, so filling in `decision` and saving it as the decisions file is
/// all it takes — and `review.json` with both records field by field and the differences marked.
struct ReviewFiles {
    let database: Database
    let outputFolder: String

    /// One record of a pair, as the review shows it.
    struct Side: Codable {
        var record: String
        var digest: String
        var format: String
        var title: String
        var author: String
        var edition: String
        var publication: String
        var extent: String
        var isbns: String
    }

    static let csvHeader = DecisionsFile.columns + ["score", "reasons", "differences"]
        + ["record", "format", "title", "author", "edition", "publication", "extent", "isbns"].flatMap { ["\($0)_1", "\($0)_2"] }

    func write(_ pairs: [DedupeEngine.Decision]) throws {
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let csv = try ByteOutput(path: (outputFolder as NSString).appendingPathComponent("review.csv"))
        let json = try ByteOutput(path: (outputFolder as NSString).appendingPathComponent("review.json"))
        try csv.write(CSV.line(ReviewFiles.csvHeader))
        try json.write("[")
        let select = try database.prepare("""
            SELECT source.municipality, source.system, record.local_id, record.marc, record_keys.format, record_keys.keys
            FROM record JOIN source ON source.id = record.source_id JOIN record_keys ON record_keys.record_id = record.id
            WHERE record.id = ?
            """)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (index, pair) in pairs.enumerated() {
            guard case let .review(score, reasons) = pair.outcome else { continue }
            let (first, firstRecord) = try side(pair.first, select), (second, secondRecord) = try side(pair.second, select)
            let sides = [first, second]
            let comparison = RecordComparison(firstRecord, secondRecord)
            var cells = ["", sides.map(\.record).joined(separator: "; "), sides.map(\.digest).joined(separator: "; "), "", String(score),
                         reasons.joined(separator: "; "), comparison.summary]
            for column in [\Side.record, \.format, \.title, \.author, \.edition, \.publication, \.extent, \.isbns] {
                cells += [first[keyPath: column], second[keyPath: column]]
            }
            try csv.write(CSV.line(cells))
            let entry = ReviewEntry(records: sides.map(\.record), digests: sides.map(\.digest), score: score, reasons: reasons,
                                    sides: sides, fields: comparison.rows)
            try json.write(index == 0 ? "\n" : ",\n")
            try json.write(encoder.encode(entry))
        }
        try json.write("\n]\n")
        try csv.close()
        try json.close()
    }

    private struct ReviewEntry: Encodable {
        var records: [String]
        var digests: [String]
        var score: Double
        var reasons: [String]
        var sides: [Side]
        /// Both records field by field, each row marked same, differs, only-first or only-second.
        var fields: [RecordComparison.Row]
    }

    private func side(_ id: Int64, _ select: Statement) throws -> (Side, Record) {
        defer { select.reset() }
        select.bind(Int(id), at: 1)
        guard try select.step(), let bytes = select.blob(3) else { throw PipelineError.damagedWorkspace("record \(id) is missing") }
        let record = try RecordCodec.decode(bytes)
        let keys = MatchKeys(stored: select.blob(5) ?? [])
        let provenance = Provenance(municipality: select.text(0) ?? "", system: select.text(1) ?? "", localID: select.text(2) ?? "")
        func joined(_ tag: Tag, _ codes: String) -> String {
            record.fields(tag).map { field in
                field.subfields.filter { codes.utf8.contains($0.code) }.map(\.value).joined(separator: " ")
            }.joined(separator: " | ")
        }
        return (Side(record: provenance.description, digest: keys?.digest ?? "", format: select.text(4) ?? "",
                    title: joined("245", "abnp"), author: [joined("100", "a"), joined("110", "a"), joined("111", "a")].filter { !$0.isEmpty }.joined(),
                    edition: joined("250", "a"), publication: [joined("260", "bc"), joined("264", "bc")].filter { !$0.isEmpty }.joined(separator: " | "),
                    extent: joined("300", "a"), isbns: joined("020", "aq")), record)
    }
}
