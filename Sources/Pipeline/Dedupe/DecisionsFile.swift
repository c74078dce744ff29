import Dedupe
import Foundation
import MARC
import Reports

/// The cataloguers' decisions file (`decisions.csv`, set in batch.yml under `dedupe: decisions:`), read at
/// every dedupe run and beating the rules. A spreadsheet with a header row and these columns (any others,
/// such as the rest of `review.csv`, are ignored, so a filled-in review file is a decisions file):
///
///     decision   same | different (empty: not decided yet, skipped)
///     records    two or more provenance ids, `(hjo-libra)10004; (skovde-libra)20011` — more than two decides
///                every pair among them (a whole cluster)
///     digests    the records' digests when the decision was made, in the same order (review.csv fills them
///                in); a record whose digest has changed makes the decision stale: reported, not applied
///     note       free text for the cataloguers
struct DecisionsFile {
    struct Entry: Equatable {
        var line: Int
        var verdict: CataloguerDecisions.Verdict
        var records: [Provenance]
        /// Empty when the file gives none (a hand-written decision: applied without a staleness check).
        var digests: [String]
    }

    var path: String
    var entries: [Entry] = []
    /// Rows that could not be read, each with what is wrong.
    var problems: [Finding] = []

    static let columns = ["decision", "records", "digests", "note"]

    /// Reads `path`; a file that does not exist holds no decisions.
    init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let text: String
        do { text = try CSV.text(ofFile: path) } catch { throw PipelineError.unreadableInput(path: path) }
        var rows = CSV.rows(text)[...]
        guard let header = rows.popFirst() else { return }
        let column = Dictionary(header.cells.enumerated().map { ($1.trimmingCharacters(in: .whitespaces).lowercased(), $0) },
                                uniquingKeysWith: { first, _ in first })
        guard let decisionColumn = column["decision"], let recordsColumn = column["records"] else {
            problems.append(problem(line: header.line, "the header must name the columns decision and records (found: \(header.cells.joined(separator: ", ")))"))
            return
        }
        for row in rows {
            func cell(_ index: Int?) -> String {
                guard let index, index < row.cells.count else { return "" }
                return row.cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let decision = cell(decisionColumn).lowercased()
            if decision.isEmpty { continue }
            guard let verdict = CataloguerDecisions.Verdict(rawValue: decision) else {
                problems.append(problem(line: row.line, "decision \"\(decision)\" is neither same nor different; the row is not applied"))
                continue
            }
            let ids = DecisionsFile.list(cell(recordsColumn))
            let records = ids.compactMap(Provenance.init)
            guard records.count == ids.count, Set(records).count >= 2 else {
                problems.append(problem(line: row.line, "records \"\(cell(recordsColumn))\" must be two or more ids like (hjo-libra)10004, separated by ;"))
                continue
            }
            let digests = DecisionsFile.list(cell(column["digests"]))
            guard digests.isEmpty || digests.count == records.count else {
                problems.append(problem(line: row.line, "\(records.count) records but \(digests.count) digests; the row is not applied"))
                continue
            }
            entries.append(Entry(line: row.line, verdict: verdict, records: records, digests: digests))
        }
    }

    private static func list(_ cell: String) -> [String] {
        cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func problem(line: Int, _ message: String, severity: Finding.Severity = .error, rule: String = "dedupe.decision-unreadable") -> Finding {
        Finding(severity, rule, message, at: .row(file: (path as NSString).lastPathComponent, line: line))
    }

    /// The entries as decisions by record id, against the records now in the workspace: a decision naming a
    /// record that is gone, or one whose digest changed since, is reported and not applied.
    func resolve(position: [Provenance: Int], digest: (Int) -> String, id: (Int) -> Int64) -> (decided: CataloguerDecisions, applied: Int, findings: [Finding]) {
        var decided = CataloguerDecisions()
        var findings = problems
        var applied = 0
        var firstVerdict: [CataloguerDecisions.IDPair: (CataloguerDecisions.Verdict, Int)] = [:]
        for entry in entries {
            let positions = entry.records.map { position[$0] }
            if let missing = zip(entry.records, positions).first(where: { $0.1 == nil })?.0 {
                findings.append(problem(line: entry.line, "\(missing) is not among the records of the active sources (removed from a later export?); the decision \"\(entry.verdict.rawValue)\" is not applied",
                                        severity: .warning, rule: "dedupe.decision-unknown-record"))
                continue
            }
            let found = positions.compactMap { $0 }
            let changed = zip(entry.records, zip(found, entry.digests)).filter { digest($0.1.0) != $0.1.1 }.map(\.0)
            if !changed.isEmpty {
                findings.append(problem(line: entry.line, "\(changed.map(\.description).joined(separator: ", ")) changed since the decision \"\(entry.verdict.rawValue)\" was made; it is not applied: look at the records again and update the digests",
                                        severity: .warning, rule: "dedupe.decision-stale"))
                continue
            }
            let ids = found.map(id)
            for (i, a) in ids.enumerated() {
                for b in ids[(i + 1)...] where a != b {
                    let pair = CataloguerDecisions.IDPair(a, b)
                    if let (verdict, line) = firstVerdict[pair], verdict != entry.verdict {
                        findings.append(problem(line: entry.line, "line \(line) says \(verdict.rawValue) and this line \(entry.verdict.rawValue) for the same records: they are kept apart until one of the lines is corrected",
                                                severity: .warning, rule: "dedupe.decision-conflict"))
                    } else if firstVerdict[pair] == nil {
                        firstVerdict[pair] = (entry.verdict, entry.line)
                    }
                }
            }
            decided.decide(ids, entry.verdict)
            applied += 1
        }
        return (decided, applied, findings)
    }
}
