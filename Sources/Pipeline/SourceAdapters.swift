import Exports
import MARC

/// The adapter for each source system named in a batch file.
public enum SourceAdapters {
    public static func make(_ export: BatchFile.Export, folder: String) throws -> any SourceAdapter {
        let overrides = ExportOverrides(export: export)
        return switch export.system {
        case .libra: LibraAdapter(folder: folder, overrides: overrides)
        case .bookit: BookItAdapter(folder: folder, overrides: overrides)
        case .marc: MARCSourceAdapter(folder: folder, file: export.file, encoding: overrides.catalogueEncoding)
        }
    }
}
