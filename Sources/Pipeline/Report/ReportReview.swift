import Foundation
import Reports

/// The review queue in the report: the first pairs of `review.json`, each with both records field by field,
/// the differing fields highlighted, and the reasons; a filter box narrows them. The full queue is the linked
/// `review.csv` (which doubles as the decisions file) and `review.json`.
struct ReportReview {
    let output: String
    static let shown = 100

    private struct Entry: Decodable {
        struct Row: Decodable {
            var tag: String
            var mark: String
            var first: String?
            var second: String?
        }

        var records: [String]
        var score: Double
        var reasons: [String]
        var fields: [Row]
    }

    func html() throws -> String {
        let path = (output as NSString).appendingPathComponent("review.json")
        guard FileManager.default.fileExists(atPath: path) else { return "<p class=\"muted\">No dedupe run yet.</p>" }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        guard !entries.isEmpty else { return "<p>No pair waits for a cataloguer.</p>" }
        var html = """
            <p>\(HTML.number(entries.count)) pairs the rules could neither merge nor keep apart. \
            Decide them in <a href="review.csv">review.csv</a>: write same or different in its decision column and save it as the \
            decisions file (the README says how). The first \(min(entries.count, ReportReview.shown)) are shown here, \
            differences highlighted.</p><p><input type="search" id="review-filter" placeholder="Filter: a title, a municipality, a reason"></p>
            """
        for entry in entries.prefix(ReportReview.shown) {
            html += "<div class=\"pair\"><p><b>\(entry.records.map(HTML.escape).joined(separator: " and "))</b> · score \(entry.score)<br>"
            html += "<span class=\"reasons\">\(HTML.escape(entry.reasons.joined(separator: "; ")))</span></p>"
            html += HTML.table(["tag", entry.records.first ?? "", entry.records.last ?? ""], entry.fields.map { row in
                let style = row.mark == "same" ? "" : row.mark == "differs" ? " class=\"differs\"" : " class=\"only\""
                return [HTML.escape(row.tag), "<span\(style)>\(HTML.escape(row.first ?? "—"))</span>", "<span\(style)>\(HTML.escape(row.second ?? "—"))</span>"]
            })
            html += "</div>"
        }
        return html
    }
}
