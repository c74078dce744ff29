import Exports
import Foundation
import MARC
import Reports
import Workspace

/// `samkat report`: `report.html` in the output folder, one self-contained page for the project lead and the
/// cataloguers — the ledger, the titles the municipalities share, items by type, dedupe outcomes and the review
/// queue side by side, barcode changes, findings by rule — with `findings.csv` beside it. Summaries and samples
/// are in the page; the full lists are the CSV files it links to, so it stays usable for a million records.
public struct ReportStage {
    let batch: BatchFile
    let workspace: Workspace

    public init(batch: BatchFile, workspace: Workspace) {
        self.batch = batch
        self.workspace = workspace
    }

    var output: String { batch.resolve(batch.output) }

    /// Writes the report; returns its path.
    @discardableResult
    public func run() throws -> String {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        ByteOutput.removeLeftovers(in: output)
        let ledger = try csv("ledger.csv")
        var page = ReportPage(title: "\(batch.consortium.name): migration to Koha",
                              subtitle: "\(batch.consortium.municipalities.map(\.name).joined(separator: ", ")) · report written \(ISO8601DateFormatter().string(from: Date()))")
        page.sections.append(.init(id: "summary", title: "Summary", html: summary(ledger)))
        page.sections.append(.init(id: "ledger", title: "Ledger: everything read, accounted for", html: ledgerTable(ledger)))
        page.sections.append(.init(id: "overlap", title: "Titles the municipalities share", html: try overlap()))
        page.sections.append(.init(id: "itemtypes", title: "Items by item type and municipality", html: try itemTypes()))
        page.sections.append(.init(id: "dedupe", title: "Deduplication", html: try dedupe()))
        page.sections.append(.init(id: "review", title: "Review queue", html: try ReportReview(output: output).html()))
        page.sections.append(.init(id: "barcodes", title: "Barcode changes", html: try barcodes()))
        page.sections.append(.init(id: "findings", title: "Findings by rule", html: try findings()))
        let path = (output as NSString).appendingPathComponent("report.html")
        let file = try ByteOutput(path: path)
        try file.write(page.render())
        try file.close()
        return path
    }

    /// Rows of a CSV file in the output folder (header first); empty when the stage that writes it has not run.
    private func csv(_ name: String) throws -> [[String]] {
        let path = (output as NSString).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return CSV.rows(try CSV.text(ofFile: path)).map(\.cells)
    }

    private func link(_ name: String) -> String { "<a href=\"\(HTML.escape(name))\">\(HTML.escape(name))</a>" }

    private func summary(_ ledger: [[String]]) -> String {
        guard ledger.count > 1 else { return "<p class=\"muted\">The catalogue has not been emitted yet (samkat emit): no ledger.</p>" }
        var totals: [String: [Int]] = [:]
        for row in ledger.dropFirst() where row.count >= 8 {
            let values = row[3...7].map { Int($0) ?? 0 }
            totals[row[0], default: [0, 0, 0, 0, 0]] = zip(totals[row[0]] ?? [0, 0, 0, 0, 0], values).map(+)
        }
        let rows = ["records", "items"].compactMap { entity in
            totals[entity].map { [HTML.escape(entity)] + $0.map(HTML.number) }
        }
        return HTML.table(["", "read", "emitted", "merged", "not migrated", "rejected"], rows, numeric: [1, 2, 3, 4, 5], id: "totals")
            + "<p>Read = emitted + merged into another record + not migrated (a mapping or rule said so) + rejected (with a reason): every line of the ledger balances.</p>"
    }

    private func ledgerTable(_ ledger: [[String]]) -> String {
        guard ledger.count > 1 else { return "<p class=\"muted\">No ledger yet.</p>" }
        let rows = ledger.dropFirst().map { row in
            row.enumerated().map { index, cell in
                index == 8 ? (cell == "yes" ? "<span class=\"good\">yes</span>" : "<span class=\"bad\">NO</span>")
                    : index >= 3 ? HTML.number(Int(cell) ?? 0)
                    : index == 2 && cell.isEmpty && row[0] == "items" ? "<span class=\"muted\">(rows unreadable)</span>" : HTML.escape(cell)
            }
        }
        return HTML.table(["entity", "municipality", "branch", "read", "emitted", "merged", "not migrated", "rejected", "balances"], rows,
                          numeric: [3, 4, 5, 6, 7]) + "<p>Full table: \(link("ledger.csv")).</p>"
    }

    /// How many clusters (editions held by more than one record) each pair of municipalities shares.
    private func overlap() throws -> String {
        let rows = try workspace.database.prepare("""
            SELECT cluster_member.cluster, source.municipality FROM cluster_member
            JOIN record ON record.id = cluster_member.record_id JOIN source ON source.id = record.source_id ORDER BY 1
            """).rows { ($0.int64(0), $0.text(1) ?? "") }
        let codes = batch.consortium.municipalities.map(\.code)
        var shared: [String: Int] = [:]
        var current: Int64 = -1, members = Set<String>()
        func close() {
            for a in members { for b in members { shared["\(a)|\(b)", default: 0] += 1 } }
        }
        for (cluster, municipality) in rows {
            if cluster != current { close(); members = []; current = cluster }
            members.insert(municipality)
        }
        close()
        let names = Dictionary(uniqueKeysWithValues: batch.consortium.municipalities.map { ($0.code, $0.name) })
        // The colour scale follows the pairs of municipalities, not the diagonal (which is larger).
        let largest = max(shared.filter { $0.key.split(separator: "|").count == 2 && Set($0.key.split(separator: "|")).count == 2 }.values.max() ?? 1, 1)
        let table = HTML.table([""] + codes.map { names[$0] ?? $0 }, codes.map { a in
            [HTML.escape(names[a] ?? a)] + codes.map { b in
                let value = shared["\(a)|\(b)"] ?? 0
                let alpha = Double(value) / Double(largest) * 0.8
                return "<span class=\"heat\" style=\"display:block;background:rgba(47,111,159,\(String(format: "%.2f", alpha)))\">\(HTML.number(value))</span>"
            }
        }, numeric: Set(1...max(codes.count, 1)))
        return table + "<p>Each cell: editions both municipalities hold, merged into one record. The diagonal: editions the municipality shares with anyone (or holds twice). Clusters: \(link("clusters.csv")).</p>"
    }

    private func itemTypes() throws -> String {
        let rows = try csv("items-by-type.csv").dropFirst().filter { $0.count >= 3 }
        guard !rows.isEmpty else { return "<p class=\"muted\">No items emitted yet.</p>" }
        var totals: [String: Int] = [:]
        for row in rows { totals[row[1], default: 0] += Int(row[2]) ?? 0 }
        let top = Array(totals.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(7).map(\.key))
        let names = top + (totals.count > top.count ? ["other"] : [])
        let bars = batch.consortium.municipalities.map { municipality in
            let mine = rows.filter { $0[0] == municipality.code }
            var parts = top.map { type in mine.filter { $0[1] == type }.reduce(0) { $0 + (Int($1[2]) ?? 0) } }
            if names.count > top.count { parts.append(mine.filter { !top.contains($0[1]) }.reduce(0) { $0 + (Int($1[2]) ?? 0) }) }
            return (label: municipality.name, parts: parts)
        }
        return HTML.stackedBars(bars, partNames: names) + "<p>Copies emitted, by Koha item type (952 $y). Full counts: \(link("items-by-type.csv")).</p>"
    }

    private func dedupe() throws -> String {
        let database = workspace.database
        let outcomes = try database.prepare("SELECT outcome, count(*) FROM pair_decision GROUP BY 1 ORDER BY 1").rows { [$0.text(0) ?? "", HTML.number($0.int(1) ?? 0)] }
        let clusters = try database.scalar("SELECT count(*) FROM cluster") ?? 0
        let members = try database.scalar("SELECT count(*) FROM cluster_member") ?? 0
        let within = try database.scalar("SELECT count(*) FROM cluster WHERE within_municipality = 1") ?? 0
        let lacks = try database.scalar("SELECT count(*) FROM merge_lack") ?? 0
        let sizes = try database.prepare("SELECT size, count(*) FROM cluster GROUP BY 1 ORDER BY 1").rows { [HTML.number($0.int(0) ?? 0), HTML.number($0.int(1) ?? 0)] }
        return """
            <p>\(HTML.number(Int(members))) records in \(HTML.number(Int(clusters))) clusters, each now one record; \(HTML.number(Int(within))) clusters hold \
            duplicates inside one municipality. \(HTML.number(Int(lacks))) fields of merged records that the surviving record lacks are listed \
            in the workspace (merge_lack), never lost silently.</p>
            """
            + HTML.table(["pair outcome", "pairs"], outcomes.map { [HTML.escape($0[0]), $0[1]] }, numeric: [1])
            + HTML.table(["records in the cluster", "clusters"], sizes, numeric: [0, 1])
            + "<p>Every cluster with its surviving record and why: \(link("clusters.csv")). The rules in words: docs/dedupe.md.</p>"
    }

    private func barcodes() throws -> String {
        let rows = try csv("barcode-changes.csv")
        guard rows.count > 1 else { return "<p>No barcode had to change.</p>" }
        var kinds: [String: Int] = [:]
        for row in rows.dropFirst() where row.count > 5 { kinds[row[5], default: 0] += 1 }
        let sample = rows.dropFirst().prefix(50).map { $0.map(HTML.escape) }
        return HTML.table(["change", "copies"], kinds.sorted { $0.key < $1.key }.map { [HTML.escape($0.key), HTML.number($0.value)] }, numeric: [1])
            + HTML.table(rows[0], Array(sample)) + "<p>All \(HTML.number(rows.count - 1)) changes: \(link("barcode-changes.csv")); what each branch must relabel: the relabel folder.</p>"
    }

    /// Findings of every stage by rule, with three examples each; all of them in `findings.csv`.
    private func findings() throws -> String {
        let database = workspace.database
        let all = try ByteOutput(path: (output as NSString).appendingPathComponent("findings.csv"))
        try all.write(CSV.line(["stage", "severity", "rule", "message", "file", "position", "line", "tag"]))
        let everything = try database.prepare("SELECT stage, severity, rule, message, file, position, line, tag FROM finding ORDER BY id")
        while try everything.step() {
            try all.write(CSV.line((0..<8).map { everything.text(Int32($0)) ?? "" }))
        }
        try all.close()
        let groups = try database.prepare("""
            SELECT stage, severity, rule, count(*) FROM finding GROUP BY 1, 2, 3
            ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, 4 DESC
            """).rows { ($0.text(0) ?? "", $0.text(1) ?? "", $0.text(2) ?? "", $0.int(3) ?? 0) }
        let examples = try database.prepare("SELECT message, file, line FROM finding WHERE rule = ? AND stage = ? ORDER BY id LIMIT 3")
        let rows = try groups.map { stage, severity, rule, count in
            let shown = try examples.rows([.text(rule), .text(stage)]) { row in
                HTML.escape((row.text(1).map { "\($0)\(row.int(2).map { ":\($0)" } ?? ""): " } ?? "") + (row.text(0) ?? ""))
            }
            return [HTML.escape(stage), "<span class=\"\(severity == "error" ? "bad" : "")\">\(HTML.escape(severity))</span>", HTML.escape(rule),
                    HTML.number(count), shown.joined(separator: "<br>")]
        }
        return HTML.table(["stage", "severity", "rule", "count", "examples"], rows, numeric: [3], id: "findings-table")
            + "<p>Every finding, with where it was found: \(link("findings.csv")). What to do about each kind: the README.</p>"
    }
}
