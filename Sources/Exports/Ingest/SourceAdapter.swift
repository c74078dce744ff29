import MARC
import Workspace

/// Reads one municipality's export folder and hands everything it reads to an `IngestSink`: records, items,
/// barcodes, lookup entries, rejected input and findings. Nothing read is dropped: what cannot be stored is
/// handed over as `RejectedInput`. The counts it returns let the ingest prove its ledger.
public protocol SourceAdapter {
    /// The files this adapter will read, for change detection (an unchanged export is not ingested again).
    func inputFiles() throws -> [String]
    func ingest(into sink: any IngestSink) throws -> IngestCounts
}

/// What one ingest read, per input (a MARC file or a table): read = stored + rejected, exactly.
public struct IngestCounts: Sendable, Equatable {
    public struct Input: Sendable, Equatable {
        /// `catalogue` or the table's name (`Items`, `CA_COPY` …).
        public var name: String
        public var file: String
        public var read = 0
        public var stored = 0
        public var rejected = 0
        /// Rows read and deliberately not stored as such (a patron barcode kept apart, a header) with why.
        public var setAside: [String: Int] = [:]

        public init(name: String, file: String) {
            self.name = name
            self.file = file
        }

        public var balances: Bool { read == stored + rejected + setAside.values.reduce(0, +) }
    }

    public var inputs: [Input] = []

    public init() {}
}
