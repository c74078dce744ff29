import MARC
import Workspace

/// Reads a Libra.se export folder: the catalogue (`CatalogueExport.dat`, or the older line-MARC
/// `exportCat.txt`) and the table dumps that carry copies, barcodes and the lookup tables
/// (docs/export-folders.md says which file holds what).
///
/// Order matters and is fixed: `exportCatMatch` first (it names the records), the catalogue (call numbers
/// for copies without their own), the lookup tables (which codes exist, which statuses mean deleted or
/// weeded), `Orders` (ordered copies' records), `Items`, `BarCodes`.
public struct LibraAdapter: SourceAdapter {
    public let folder: String
    public let overrides: ExportOverrides

    /// The files read, in the order read; optional ones are skipped with a finding when absent.
    static let tables = ["exportCatMatch", "Branches", "Departments", "LocalShelfs", "StatusCodes", "LoanPeriods",
                         "Orders", "Items", "BarCodes"]
    static let catalogueNames = ["CatalogueExport.dat", "exportCat.txt"]

    public init(folder: String, overrides: ExportOverrides = ExportOverrides()) {
        self.folder = folder
        self.overrides = overrides
    }

    /// The dump format after overrides.
    public var format: DumpFormat { overrides.applied(to: .libra) }

    public func inputFiles() throws -> [String] {
        let export = try ExportFolder(path: folder)
        let catalogue = try catalogue(in: export).name.map { [export.path(of: $0)] } ?? []
        return catalogue + export.tableFiles(Self.tables)
    }

    public func ingest(into sink: any IngestSink) throws -> IngestCounts {
        let export = try ExportFolder(path: folder)
        let choice = try catalogue(in: export)
        guard let catalogueName = choice.name else {
            throw AdapterError.missingFile(folder: folder, file: Self.catalogueNames.joined(separator: " or "),
                                           reason: "a Libra export holds its catalogue in one of them")
        }
        if let finding = choice.finding { try sink.add(finding) }
        let run = LibraIngest(export: export, tables: TableIngest(folder: export, format: format, sink: sink), sink: sink)
        try run.readLinks()
        try run.readCatalogue(catalogueName, format: catalogueName.lowercased().hasSuffix(".dat") ? .iso2709 : .line,
                              encoding: overrides.catalogueEncoding)
        try run.readLookups()
        try run.readOrders()
        try run.readItems()
        try run.readBarcodes()
        return run.counts
    }

    /// `CatalogueExport.dat` wins over `exportCat.txt` when both are there, and says so.
    private func catalogue(in export: ExportFolder) throws -> (name: String?, finding: Finding?) {
        let found = Self.catalogueNames.compactMap(export.find)
        guard found.count > 1 else { return (found.first, nil) }
        return (found[0], Finding(.warning, "export.catalogue-choice",
                                  "the folder holds both \(found[0]) and \(found[1]); \(found[0]) is read and \(found[1]) is ignored"))
    }
}
