import MARC
import Workspace
@testable import Exports

/// An `IngestSink` that keeps everything it is handed, in order, for tests to look at.
final class CollectingSink: IngestSink {
    var records: [StoredRecord] = []
    var rejected: [RejectedInput] = []
    var items: [StoredItem] = []
    var barcodes: [StoredBarcode] = []
    var lookups: [LookupEntry] = []
    var findings: [Finding] = []

    func add(_ record: StoredRecord) throws { records.append(record) }
    func add(_ rejected: RejectedInput) throws { self.rejected.append(rejected) }
    func add(_ item: StoredItem) throws { items.append(item) }
    func add(_ barcode: StoredBarcode) throws { barcodes.append(barcode) }
    func add(_ entry: LookupEntry) throws { lookups.append(entry) }
    func add(_ finding: Finding) throws { findings.append(finding) }

    func record(_ localID: String) -> StoredRecord? { records.first { $0.localID == localID } }
    func item(_ localID: String) -> StoredItem? { items.first { $0.localID == localID } }
    func findings(_ rule: String) -> [Finding] { findings.filter { $0.rule == rule } }
    func lookup(_ kind: LookupKind, _ code: String) -> LookupEntry? { lookups.first { $0.kind == kind && $0.code == code } }
}

extension IngestCounts {
    func input(_ name: String) -> Input? { inputs.first { $0.name == name } }
}
