import MARC
import Workspace

/// One BOOK-IT ingest in progress: what earlier tables taught the later ones. Its steps live in the
/// `BookItIngest+…` files.
final class BookItIngest: LookupTableIngest {
    /// What a copy needs from its record.
    struct RecordFacts {
        /// 081 $h, the shelf signum: the call number of copies without a deviating one.
        var callNumber: String?
        /// 886/887 $b where $2 is BURK III or BURK IV, in record order.
        var mediaCodes: [String]
    }

    let export: ExportFolder
    let tables: TableIngest
    let sink: any IngestSink
    var counts = IngestCounts()

    var records: [String: RecordFacts] = [:]
    var mediaTypes = MediaTypeHierarchy()
    var deleteStatuses: Set<String> = []
    var weededStatuses: Set<String> = []
    /// CA_COPY_IDs named by IL_LOAN.
    var interlibraryCopies: Set<String> = []
    var codes = CodeUsage()

    init(export: ExportFolder, tables: TableIngest, sink: any IngestSink) {
        self.export = export
        self.tables = tables
        self.sink = sink
    }

    static func table(for kind: LookupKind) -> String {
        switch kind {
        case .branch: "GE_ORG"
        case .department: "GE_PREMISES"
        case .shelf: "CA_LOC"
        case .status: "CA_NOT_AVAILABLE_CAUSE"
        case .loanPeriod: "CI_CAT"
        case .mediaType: "CA_MEDIA_TYPE (no CODE is a prefix of it)"
        }
    }
}
