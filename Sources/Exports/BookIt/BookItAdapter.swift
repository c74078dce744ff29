import MARC
import Workspace

/// Reads a BOOK-IT export folder: the catalogue (the one file whose name contains `iso2709`) and the table
/// dumps that carry copies, their labels and the lookup tables (docs/export-folders.md says which is which).
///
/// Order: the lookup tables (media types first, so the hierarchy is known), the catalogue (each record's
/// shelf signum and media codes), `IL_LOAN` (which copies are interlibrary loans), `CA_COPY`, `CA_COPY_LABEL`.
public struct BookItAdapter: SourceAdapter {
    public let folder: String
    public let overrides: ExportOverrides

    static let tables = ["CA_MEDIA_TYPE", "GE_ORG", "CA_LOC", "GE_PREMISES", "CA_NOT_AVAILABLE_CAUSE", "CI_CAT",
                         "IL_LOAN", "CA_COPY", "CA_COPY_LABEL"]

    public init(folder: String, overrides: ExportOverrides = ExportOverrides()) {
        self.folder = folder
        self.overrides = overrides
    }

    public var format: DumpFormat { overrides.applied(to: .bookit) }

    public func inputFiles() throws -> [String] {
        let export = try ExportFolder(path: folder)
        return try [export.path(of: catalogue(in: export))] + export.tableFiles(Self.tables)
    }

    public func ingest(into sink: any IngestSink) throws -> IngestCounts {
        let export = try ExportFolder(path: folder)
        let catalogueName = try catalogue(in: export)
        let run = BookItIngest(export: export, tables: TableIngest(folder: export, format: format, sink: sink), sink: sink)
        try run.readLookups()
        try run.readCatalogue(catalogueName, encoding: overrides.catalogueEncoding)
        try run.readInterlibraryLoans()
        try run.readCopies()
        try run.readLabels()
        return run.counts
    }

    /// The one file whose name contains `iso2709`, any case.
    private func catalogue(in export: ExportFolder) throws -> String {
        let found = export.names.filter { $0.lowercased().contains("iso2709") }
        guard let first = found.first else {
            throw AdapterError.missingFile(folder: folder, file: "*iso2709*",
                                           reason: "a BOOK-IT export holds its catalogue in a file whose name contains iso2709")
        }
        guard found.count == 1 else { throw AdapterError.ambiguousCatalogue(folder: folder, candidates: found) }
        return first
    }
}
