import Foundation
import MARC
import Workspace

extension LibraIngest {
    /// exportCatMatch: each row names one record's IdCat by its 003 and 001 run together.
    func readLinks() throws {
        try tables.read("exportCatMatch", columns: ["IdCat", "ThreeOne"], counts: &counts) { row, location in
            guard let idCat = row.nonZeroID("IdCat") else { return .rejected("the row has no IdCat") }
            guard let threeOne = row.id("ThreeOne") else { return .rejected("the row has no ThreeOne (003 and 001)") }
            if let earlier = links[threeOne], earlier != idCat {
                try sink.add(Finding(.warning, "libra.link-conflict",
                                     "ThreeOne \(threeOne) names IdCat \(earlier) in an earlier row and \(idCat) here; the earlier row is used",
                                     at: location))
                return .setAside("conflicting record link")
            }
            links[threeOne] = idCat
            return .setAside("record link (IdCat ↔ 003+001)")
        }
    }

    func readCatalogue(_ name: String, format: MARCFormat, encoding: EncodingChoice) throws {
        var catalogue = CatalogueIngest(path: export.path(of: name), name: name, format: format, encoding: encoding,
                                        sink: sink)
        try catalogue.read(counts: &counts, identify: { read in self.idCat(of: read.record) }, stored: { stored in
            if let callNumber = stored.record.firstValue("852", "h") { self.callNumbers[stored.localID] = callNumber }
        })
    }

    /// The record's IdCat: its exportCatMatch row (003+001, or 001+003 as some exports write it), else its
    /// `035 $a (LibraSE)<IdCat>`.
    func idCat(of record: Record) -> String? {
        if let f001 = record.controlValue("001")?.trimmingCharacters(in: .whitespaces), !f001.isEmpty {
            let f003 = record.controlValue("003")?.trimmingCharacters(in: .whitespaces) ?? ""
            if let id = links[f003 + f001] ?? links[f001 + f003] { return id }
        }
        for value in record.values("035", "a") where value.hasPrefix("(LibraSE)") {
            let id = value.dropFirst("(LibraSE)".count).trimmingCharacters(in: .whitespaces)
            if !id.isEmpty { return id }
        }
        return nil
    }
}
