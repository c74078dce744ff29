/// What stops an adapter: an export folder without the files every export of its system has.
/// Missing optional tables and every problem in the data are findings, never errors.
public enum AdapterError: Error, Equatable, CustomStringConvertible {
    /// A file the adapter cannot work without.
    case missingFile(folder: String, file: String, reason: String)
    /// More than one file could be the catalogue and none is preferred.
    case ambiguousCatalogue(folder: String, candidates: [String])

    public var description: String {
        switch self {
        case .missingFile(let folder, let file, let reason):
            "\(folder): \(file) is missing; \(reason)"
        case .ambiguousCatalogue(let folder, let candidates):
            "\(folder): \(candidates.joined(separator: ", ")) could each be the catalogue; keep one or name it in the batch file"
        }
    }
}
