/// Counts for one table dump, so a caller can prove its ledger: `rowsRead == rowsStored + rowsRejected`.
public struct TableDumpSummary: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The encoding the dump was read in (after `auto` was resolved).
    public var encoding: TextEncoding?
    public var headerLinesSkipped = 0
    /// Lines with nothing on them; not rows.
    public var blankLines = 0
    public var rowsRead = 0
    /// Rows yielded as `TableRow` (some with value findings).
    public var rowsStored = 0
    /// Rows yielded as `RejectedRow`.
    public var rowsRejected = 0
    /// Stored rows with at least one finding.
    public var rowsWithFindings = 0
    /// Findings by rule.
    public var findings: [String: Int] = [:]

    public init(file: String) { self.file = file }

    /// Whether every row read was either stored or rejected.
    public var balances: Bool { rowsRead == rowsStored + rowsRejected }

    public var description: String {
        var text = "\(file): \(rowsRead) rows read, \(rowsStored) stored, \(rowsRejected) rejected"
        if rowsWithFindings > 0 { text += ", \(rowsWithFindings) stored with findings" }
        if let encoding { text += " (\(encoding.displayName))" }
        return text
    }
}
