import Foundation
import MARC
import Workspace

extension BookItIngest {
    /// The catalogue: 001 is CA_CATALOG_ID.
    func readCatalogue(_ name: String, encoding: EncodingChoice) throws {
        var catalogue = CatalogueIngest(path: export.path(of: name), name: name, encoding: encoding, sink: sink)
        try catalogue.read(counts: &counts, identify: { read in
            guard let id = read.record.controlValue("001")?.trimmingCharacters(in: .whitespaces), !id.isEmpty else { return nil }
            return id
        }, stored: { stored in
            let facts = RecordFacts(callNumber: stored.record.firstValue("081", "h"), mediaCodes: Self.mediaCodes(stored.record))
            if facts.callNumber != nil || !facts.mediaCodes.isEmpty { self.records[stored.localID] = facts }
        })
    }

    /// 886 and 887 $b whose $2 is `BURK III` or `BURK IV` (any case and spacing), in record order.
    static func mediaCodes(_ record: Record) -> [String] {
        record.fields.filter { $0.tag == "886" || $0.tag == "887" }.flatMap { field -> [String] in
            let scheme = (field.first("2") ?? "").uppercased().split(separator: " ").joined(separator: " ")
            guard scheme == "BURK III" || scheme == "BURK IV" else { return [] }
            return field.values("b").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }
}
