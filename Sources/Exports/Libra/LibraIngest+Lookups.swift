import MARC
import Workspace

extension LibraIngest {
    /// The lookup tables. Each entry's code is the id `Items` uses (IdBranchCode, IdDepartment, IdLocalShelf,
    /// IdStatusCode, IdLoanInfo); the table's own short code, where it has one, is kept as attribute `code`.
    func readLookups() throws {
        try lookup("Branches", .branch, id: "IdBranchCode", columns: ["Name"]) { row in
            (row.id("Name"), [:])
        }
        try lookup("Departments", .department, id: "IdDepartment", columns: ["Code", "Name"]) { row in
            (row.id("Name"), Self.attributes(["code": row.id("Code")]))
        }
        try lookup("LocalShelfs", .shelf, id: "IdLocalShelf", columns: ["Code", "Name"]) { row in
            (row.id("Name"), Self.attributes(["code": row.id("Code")]))
        }
        try lookup("StatusCodes", .status, id: "IdStatusCode", columns: ["StatusCode", "Name", "UseWhenDelete"]) { row in
            let id = row.id("IdStatusCode")!
            let name = row.id("Name")
            let deletes = row.int("UseWhenDelete").map { $0 != 0 } ?? false
            let weeds = name.map(StockWords.isWeeded) ?? false
            if deletes { self.deleteStatuses.insert(id) }
            if weeds { self.weededStatuses.insert(id) }
            return (name, Self.attributes(["code": row.id("StatusCode"), "deleted": deletes ? "1" : nil,
                                           "weeded": weeds ? "1" : nil]))
        }
        try lookup("LoanPeriods", .loanPeriod, id: "IdLoanInfo", columns: ["Name"]) { row in
            (row.id("Name"), Self.attributes(["oldCode": row.id("OldCode")]))
        }
    }

    /// One lookup table: a row without its id is rejected, a second row with the same id is a finding and
    /// is stored too (the mapping sees both names).
    private func lookup(_ table: String, _ kind: LookupKind, id column: String, columns: [String],
                        entry: @escaping (TableRow) -> (name: String?, attributes: [String: String])) throws {
        try tables.read(table, columns: [column] + columns, counts: &counts) { row, location in
            guard let code = row.id(column) else { return .rejected("the row has no \(column)") }
            if self.codes.isDefined(kind, code) {
                try self.sink.add(Finding(.warning, "lookup.duplicate-code",
                                          "\(table) defines \(column) \(code) a second time; both rows are kept for the mapping",
                                          at: location))
            }
            self.codes.define(kind, code)
            let (name, attributes) = entry(row)
            try self.sink.add(LookupEntry(kind: kind, code: code, name: name, attributes: attributes))
            return .stored
        }
    }

    static func attributes(_ values: [String: String?]) -> [String: String] { values.compactMapValues { $0 } }
}
