extension KohaSetup {
    /// What to do with a code Koha already has.
    public enum ExistingRows: Hashable, Sendable {
        /// Overwrite its name with the mappings' (`INSERT … ON DUPLICATE KEY UPDATE`): the mappings are the truth.
        case update
        /// Leave it as it is (`INSERT IGNORE`): for a Koha whose staff have already named the codes.
        case keep
    }

    /// `koha-setup.sql`: one `INSERT` per row, table by table (branches, item types, authorised value
    /// categories and values, classification sources), in one transaction, for `mysql`/`koha-mysql`.
    /// Safe to run again. `ON DUPLICATE KEY UPDATE` uses `VALUES(column)`, which both MariaDB and MySQL read
    /// (MySQL 8 warns that it is deprecated; MariaDB has no replacement syntax). For authorised values it
    /// relies on the unique key (category, authorised_value) current Koha versions have; on an older Koha
    /// without it, a second run would add the values again.
    /// - Throws: `KohaSetupError.invalid` when `problems()` finds any.
    public func sql(existingRows: ExistingRows = .update) throws(KohaSetupError) -> String {
        let problems = problems()
        guard problems.isEmpty else { throw .invalid(problems) }
        var out = """
            -- koha-setup.sql, written by samkat: the codes the migrated catalogue uses.
            -- Run it before importing the records: koha-mysql <instance> < koha-setup.sql
            -- Existing codes are \(existingRows == .update ? "updated to the names below" : "left as they are").
            SET NAMES utf8mb4;
            SET @samkat_sql_mode = @@SESSION.sql_mode;
            SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', @@SESSION.sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','));
            START TRANSACTION;

            """
        for table in Table.allCases {
            let rows = rows(table)
            out += "\n-- \(table.rawValue): \(rows.count) row\(rows.count == 1 ? "" : "s")\n"
            if table == .authorisedValues {
                let categories = Set(authorisedValues.map(\.category)).sorted()
                for category in categories {
                    out += "INSERT IGNORE INTO authorised_value_categories (category_name) VALUES (\(MySQLLiteral.quoted(category.rawValue)));\n"
                }
            }
            for row in rows { out += statement(table, row, existingRows) + "\n" }
        }
        out += """

            COMMIT;
            SET SESSION sql_mode = @samkat_sql_mode;

            """
        return out
    }

    func statement(_ table: Table, _ row: [Cell], _ existingRows: ExistingRows) -> String {
        let values = row.map { cell in
            switch cell {
            case .text(let text): MySQLLiteral.quoted(text)
            case .number(let number): String(number)
            }
        }.joined(separator: ", ")
        let columns = table.columns.joined(separator: ", ")
        switch existingRows {
        case .keep:
            return "INSERT IGNORE INTO \(table.rawValue) (\(columns)) VALUES (\(values));"
        case .update:
            let updates = table.columns.dropFirst(table.keyColumnCount).map { "\($0) = VALUES(\($0))" }
            return "INSERT INTO \(table.rawValue) (\(columns)) VALUES (\(values))"
                + " ON DUPLICATE KEY UPDATE \(updates.joined(separator: ", "));"
        }
    }
}
