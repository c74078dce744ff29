import MARC
import Workspace

extension BookItIngest {
    /// IL_LOAN: which copies are interlibrary loans. Its rows mark copies and are not stored themselves.
    func readInterlibraryLoans() throws {
        try tables.read("IL_LOAN", columns: ["IL_LOAN_ID", "CA_COPY_ID"], counts: &counts) { row, _ in
            guard let copy = row.nonZeroID("CA_COPY_ID") else { return .setAside("interlibrary loan request without a copy") }
            self.interlibraryCopies.insert(copy)
            return .setAside("interlibrary loan (marks its copy)")
        }
    }

    static let copyColumns = [
        "CA_COPY_ID", "CA_CATALOG_ID", "CA_LOC_ID", "CA_NOT_AVAILABLE_CAUSE_ID", "CI_CAT_ID", "GE_PREMISES_ID",
        "GE_ORG_ID_UNIT", "ORIG_CA_LOC_ID", "ORIG_CI_CAT_ID", "ORIG_GE_PREMISES_ID", "ORIG_GE_ORG_ID_UNIT",
        "DEVIATING_LOCATION_MARC", "ORIG_DEVIATING_LOCATION_MARC", "NOTE", "PURCHASE_PRICE", "PUBLISH_NO",
        "CREATE_DATETIME", "LATEST_LOAN_DATETIME", "LATEST_CAUGHT_DATETIME", "NO_OF_LOAN_CURR_YEAR", "OLD_NO_OF_LOAN",
        "DELETED",
    ]

    /// CA_COPY: one copy a row. While a temporary location is active the permanent values are in the ORIG_*
    /// columns: those give the copy its home (branch, shelf, department, loan category, call number), the
    /// plain ones only its current (holding) branch. Without ORIG_* values the plain ones are both.
    func readCopies() throws {
        try tables.read("CA_COPY", required: true, columns: Self.copyColumns, counts: &counts) { row, location in
            guard let id = row.nonZeroID("CA_COPY_ID") else { return .rejected("the copy has no CA_COPY_ID") }
            var item = StoredItem(localID: id, file: location.file, line: location.line ?? location.recordNumber)
            item.recordLocalID = row.nonZeroID("CA_CATALOG_ID")
            let facts = item.recordLocalID.flatMap { self.records[$0] }
            item.holdingBranch = row.nonZeroID("GE_ORG_ID_UNIT")
            item.homeBranch = row.nonZeroID("ORIG_GE_ORG_ID_UNIT") ?? item.holdingBranch
            item.shelf = row.nonZeroID("ORIG_CA_LOC_ID") ?? row.nonZeroID("CA_LOC_ID")
            item.department = row.nonZeroID("ORIG_GE_PREMISES_ID") ?? row.nonZeroID("GE_PREMISES_ID")
            item.loanPeriod = row.nonZeroID("ORIG_CI_CAT_ID") ?? row.nonZeroID("CI_CAT_ID")
            item.status = row.nonZeroID("CA_NOT_AVAILABLE_CAUSE_ID")
            item.callNumber = row.id("ORIG_DEVIATING_LOCATION_MARC") ?? row.id("DEVIATING_LOCATION_MARC") ?? facts?.callNumber
            item.mediaType = try self.mediaType(facts?.mediaCodes ?? [], at: location)
            item.issue = row.id("PUBLISH_NO")
            item.price = row.price("PURCHASE_PRICE")
            item.acquired = row.date("CREATE_DATETIME")?.description
            item.lastBorrowed = row.date("LATEST_LOAN_DATETIME")?.description
            item.lastSeen = row.date("LATEST_CAUGHT_DATETIME")?.description
            let loans = [row.int("OLD_NO_OF_LOAN"), row.int("NO_OF_LOAN_CURR_YEAR")].compactMap { $0 }
            item.checkouts = loans.isEmpty ? nil : loans.reduce(0, +)
            item.note = row.id("NOTE")
            item.stock = self.stockClass(row, copy: id, status: item.status)

            for (kind, column) in [(LookupKind.branch, "GE_ORG_ID_UNIT"), (.branch, "ORIG_GE_ORG_ID_UNIT"),
                                   (.shelf, "CA_LOC_ID"), (.shelf, "ORIG_CA_LOC_ID"),
                                   (.department, "GE_PREMISES_ID"), (.department, "ORIG_GE_PREMISES_ID"),
                                   (.loanPeriod, "CI_CAT_ID"), (.loanPeriod, "ORIG_CI_CAT_ID"),
                                   (.status, "CA_NOT_AVAILABLE_CAUSE_ID")] {
                self.codes.use(kind, row.nonZeroID(column), at: location)
            }
            try self.sink.add(item)
            return .stored
        }
        for finding in codes.findings(table: Self.table(for:)) { try sink.add(finding) }
    }

    /// The record's media type: the longest CA_MEDIA_TYPE code that prefixes one of its BURK codes. A code
    /// nothing matches is kept as it stands and counted as unknown.
    private func mediaType(_ recordCodes: [String], at location: RecordLocation) throws -> String? {
        guard let first = recordCodes.first else { return nil }
        if let matched = mediaTypes.match(recordCodes) { return matched }
        codes.use(.mediaType, first, at: location)
        return first
    }

    /// Interlibrary loan, then deleted (the DELETED column set, or a status named DELETED/Raderad), then
    /// weeded (a status named Gallrad/Kasserad); else ordinary. A loan category that does not allow loans
    /// stays ordinary: the mapping makes it not-for-loan.
    private func stockClass(_ row: TableRow, copy: String, status: String?) -> StockClass {
        if interlibraryCopies.contains(copy) { return .interlibraryLoan }
        if let deleted = row.id("DELETED"), !["0", "n", "f", "false", "nej"].contains(deleted.lowercased()) { return .deleted }
        if let status, deleteStatuses.contains(status) { return .deleted }
        if let status, weededStatuses.contains(status) { return .weeded }
        return .ordinary
    }
}
