import MARC
import Workspace

extension BookItIngest {
    /// The lookup tables. Each entry's code is the id CA_COPY uses (GE_ORG_ID, CA_LOC_ID, GE_PREMISES_ID,
    /// CA_NOT_AVAILABLE_CAUSE_ID, CI_CAT_ID), with the table's own CODE as attribute `code`; media types are
    /// keyed on CODE, which is what records carry.
    func readLookups() throws {
        try readMediaTypes()
        try lookup("GE_ORG", .branch, id: "GE_ORG_ID", columns: ["CODE", "NAME"]) { row in
            (row.id("NAME"), Self.attributes(["code": row.id("CODE")]))
        }
        try lookup("CA_LOC", .shelf, id: "CA_LOC_ID", columns: ["CODE", "NAME"]) { row in
            (row.id("NAME"), Self.attributes(["code": row.id("CODE")]))
        }
        try lookup("GE_PREMISES", .department, id: "GE_PREMISES_ID", columns: ["CODE", "NAME"]) { row in
            (row.id("NAME"), Self.attributes(["code": row.id("CODE")]))
        }
        try lookup("CA_NOT_AVAILABLE_CAUSE", .status, id: "CA_NOT_AVAILABLE_CAUSE_ID", columns: ["DESCR"]) { row in
            let id = row.id("CA_NOT_AVAILABLE_CAUSE_ID")!
            let name = row.id("DESCR")
            let deletes = name.map(StockWords.isDeleted) ?? false
            let weeds = !deletes && (name.map(StockWords.isWeeded) ?? false)
            if deletes { self.deleteStatuses.insert(id) }
            if weeds { self.weededStatuses.insert(id) }
            return (name, Self.attributes(["deleted": deletes ? "1" : nil, "weeded": weeds ? "1" : nil]))
        }
        try lookup("CI_CAT", .loanPeriod, id: "CI_CAT_ID", columns: ["DESCR", "LOAN_ALLOWED"]) { row in
            (row.id("DESCR"), Self.attributes(["loanAllowed": row.int("LOAN_ALLOWED").map { $0 != 0 ? "1" : "0" }]))
        }
    }

    /// CA_MEDIA_TYPE: read whole first, since an entry names its parent by id and the parent may come later.
    private func readMediaTypes() throws {
        try tables.read("CA_MEDIA_TYPE", columns: ["CA_MEDIA_TYPE_ID", "CODE", "DESCR", "CA_MEDIA_TYPE_ID_PARENT"],
                        counts: &counts) { row, location in
            guard let id = row.id("CA_MEDIA_TYPE_ID") else { return .rejected("the row has no CA_MEDIA_TYPE_ID") }
            guard let code = row.id("CODE") else { return .rejected("media type \(id) has no CODE") }
            self.mediaTypes.add(.init(id: id, code: code, name: row.id("DESCR"),
                                      parentID: row.nonZeroID("CA_MEDIA_TYPE_ID_PARENT"), location: location))
            return .stored
        }
        mediaTypes.prepare()
        let (entries, findings) = mediaTypes.entries()
        for entry in entries {
            codes.define(.mediaType, entry.code)
            try sink.add(entry)
        }
        for finding in findings { try sink.add(finding) }
    }
}
