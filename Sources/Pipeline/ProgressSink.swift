import MARC
import Workspace

/// Passes everything on to another sink and reports how far it has come every `interval` rows, for progress.
final class ProgressSink: IngestSink {
    struct Progress: Sendable {
        var records = 0
        var items = 0
        var rows = 0
    }

    private let base: any IngestSink
    private let interval: Int
    private let report: (Progress) -> Void
    private(set) var progress = Progress()

    init(_ base: any IngestSink, interval: Int = 20_000, report: @escaping (Progress) -> Void) {
        self.base = base
        self.interval = interval
        self.report = report
    }

    private func tick() {
        progress.rows += 1
        if progress.rows % interval == 0 { report(progress) }
    }

    func add(_ record: StoredRecord) throws { try base.add(record); progress.records += 1; tick() }
    func add(_ rejected: RejectedInput) throws { try base.add(rejected); tick() }
    func add(_ item: StoredItem) throws { try base.add(item); progress.items += 1; tick() }
    func add(_ barcode: StoredBarcode) throws { try base.add(barcode); tick() }
    func add(_ entry: LookupEntry) throws { try base.add(entry); tick() }
    func add(_ finding: Finding) throws { try base.add(finding); tick() }
}
