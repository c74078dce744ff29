import MARC
import Workspace

/// One Libra ingest in progress: what earlier tables taught the later ones. Its steps live in the
/// `LibraIngest+…` files, one per table group.
final class LibraIngest: LookupTableIngest {
    let export: ExportFolder
    let tables: TableIngest
    let sink: any IngestSink
    var counts = IngestCounts()

    /// exportCatMatch: `ThreeOne` (003 and 001 run together, trimmed) → IdCat.
    var links: [String: String] = [:]
    /// The 852 $h of each stored record, by local id: the call number of copies without `Location_Marc`.
    var callNumbers: [String: String] = [:]
    /// Orders: IdOrder → IdCat.
    var orderRecords: [String: String] = [:]
    /// IdStatusCode values whose status marks a copy deleted (UseWhenDelete=1) or weeded (Gallrat, Kasserat).
    var deleteStatuses: Set<String> = []
    var weededStatuses: Set<String> = []
    var codes = CodeUsage()

    init(export: ExportFolder, tables: TableIngest, sink: any IngestSink) {
        self.export = export
        self.tables = tables
        self.sink = sink
    }

    /// The table a lookup kind's codes are defined in, for findings.
    static func table(for kind: LookupKind) -> String {
        switch kind {
        case .branch: "Branches"
        case .department: "Departments"
        case .shelf: "LocalShelfs"
        case .status: "StatusCodes"
        case .loanPeriod: "LoanPeriods"
        case .mediaType: "(Libra has no media type table)"
        }
    }
}
