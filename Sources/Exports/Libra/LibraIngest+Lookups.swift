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
}
