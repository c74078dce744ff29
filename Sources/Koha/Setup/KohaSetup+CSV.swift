extension KohaSetup {
    /// One table as CSV for people to review: a header row of Koha's column names, then the rows in the
    /// order the SQL writes them; comma-separated, cells quoted when they hold `,`, `;`, `"` or a line
    /// break (quotes doubled), lines ending in LF, as samkat's other CSV files.
    /// - Throws: `KohaSetupError.invalid` when `problems()` finds any.
    public func csv(_ table: Table) throws(KohaSetupError) -> String {
        let problems = problems()
        guard problems.isEmpty else { throw .invalid(problems) }
        var out = KohaSetup.csvLine(table.columns)
        for row in rows(table) { out += KohaSetup.csvLine(row.map(\.text)) }
        return out
    }

    /// Every table's CSV by file name (`branches.csv`, `itemtypes.csv`, …).
    public func csvFiles() throws(KohaSetupError) -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = []
        for table in Table.allCases { files.append(("\(table.rawValue).csv", try csv(table))) }
        return files
    }

    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            else { return cell }
            var quoted = "\""
            for character in cell { quoted += character == "\"" ? "\"\"" : String(character) }
            return quoted + "\""
        }.joined(separator: ",") + "\n"
    }
}
