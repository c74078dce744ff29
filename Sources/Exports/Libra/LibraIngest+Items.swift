import MARC
import Workspace

extension LibraIngest {
    /// Orders: which record an ordered copy (Items.IdOrder set) belongs to.
    func readOrders() throws {
        try tables.read("Orders", columns: ["IdOrder", "IdCat"], counts: &counts) { row, _ in
            guard let order = row.nonZeroID("IdOrder") else { return .rejected("the row has no IdOrder") }
            if let idCat = row.nonZeroID("IdCat") { self.orderRecords[order] = idCat }
            return .setAside("order (links ordered copies to their record)")
        }
    }

    static let itemColumns = ["IdItem", "IdCat", "IdBranchCode", "IdLastBranchCode", "IdDepartment", "IdLocalShelf",
                              "IdStatusCode", "IdLoanInfo", "IdOrder", "IdIssue", "Location_Marc", "Price", "NoOfLoansTot",
                              "RegDate", "LatestLoanDate", "LatestReturnDate", "Info", "Hidden", "ILL"]

    /// Items: one copy a row. A row without IdItem cannot become a copy and is rejected; everything else is
    /// stored with Libra's own codes, and codes no lookup table defines are reported once each at the end.
    func readItems() throws {
        try tables.read("Items", required: true, columns: Self.itemColumns, counts: &counts) { row, location in
            guard let id = row.nonZeroID("IdItem") else { return .rejected("the copy has no IdItem") }
            var item = StoredItem(localID: id, file: location.file, line: location.line ?? location.recordNumber)
            let order = row.nonZeroID("IdOrder")
            item.recordLocalID = try self.record(of: row, order: order, at: location)
            item.homeBranch = row.id("IdBranchCode")
            item.holdingBranch = row.id("IdLastBranchCode") ?? item.homeBranch
            item.department = row.id("IdDepartment")
            item.shelf = row.id("IdLocalShelf")
            item.status = row.id("IdStatusCode")
            item.loanPeriod = row.id("IdLoanInfo")
            item.callNumber = row.id("Location_Marc") ?? item.recordLocalID.flatMap { self.callNumbers[$0] }
            item.issue = row.nonZeroID("IdIssue")
            item.price = row.price("Price")
            item.checkouts = row.int("NoOfLoansTot")
            item.acquired = row.date("RegDate")?.description
            item.lastBorrowed = row.date("LatestLoanDate")?.description
            item.lastSeen = (row.date("LatestReturnDate") ?? row.date("LatestLoanDate"))?.description
            item.note = row.id("Info")
            item.stock = self.stockClass(row, order: order, status: item.status)

            for (kind, code) in [(LookupKind.branch, item.homeBranch), (.branch, row.id("IdLastBranchCode")),
                                 (.department, item.department), (.shelf, item.shelf), (.status, item.status),
                                 (.loanPeriod, item.loanPeriod)] {
                self.codes.use(kind, code, at: location)
            }
            try self.sink.add(item)
            return .stored
        }
        for finding in codes.findings(table: Self.table(for:)) { try sink.add(finding) }
    }

    /// Items.IdCat, else the order's IdCat for an ordered copy; a disagreement between the two is a finding.
    private func record(of row: TableRow, order: String?, at location: RecordLocation) throws -> String? {
        let own = row.nonZeroID("IdCat")
        guard let order else { return own }
        let ordered = orderRecords[order]
        if let own, let ordered, own != ordered {
            try sink.add(Finding(.warning, "libra.order-record",
                                 "the copy names IdCat \(own) but its order \(order) names IdCat \(ordered); the copy's own IdCat is used",
                                 at: location))
        }
        return own ?? ordered
    }

    /// Hidden, then interlibrary loan, then ordered (IdOrder set: not yet received), then a delete status,
    /// then a weeding status; else ordinary stock.
    private func stockClass(_ row: TableRow, order: String?, status: String?) -> StockClass {
        if (row.int("Hidden") ?? 0) != 0 { return .hidden }
        if (row.int("ILL") ?? 0) != 0 { return .interlibraryLoan }
        if order != nil { return .ordered }
        if let status, deleteStatuses.contains(status) { return .deleted }
        if let status, weededStatuses.contains(status) { return .weeded }
        return .ordinary
    }
}
