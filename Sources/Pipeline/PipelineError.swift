/// Failures that stop a stage, each with what to do about it.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
    case unreadableInput(path: String)
    case ledgerDoesNotBalance(source: String, input: String, read: Int, accounted: Int)
    case unsupportedSystem(source: String, system: String)
    case damagedWorkspace(String)
    case invalidSetting(String)
    case unmappedCodes([String])
    case mappingsIncomplete([String])
    case ledgerUnbalanced(String)
    case catalogueInvalid(String)
    case dedupeOutdated

    public var description: String {
        switch self {
        case let .unreadableInput(path):
            "Cannot read \(path). Check that the export folder in the batch file is complete and readable."
        case let .ledgerDoesNotBalance(source, input, read, accounted):
            "The ingest of \(source) does not balance for \(input): \(read) read but \(accounted) stored, rejected or set aside. This is a samkat bug: keep the export and report it."
        case let .unsupportedSystem(source, system):
            "\(source): samkat has no adapter for system '\(system)'."
        case let .unmappedCodes(codes):
            "Copies use codes no mapping covers, so nothing was written. Fill these in (samkat mappings check lists them by file):\n  " + codes.joined(separator: "\n  ")
        case let .mappingsIncomplete(files):
            "Copies use codes whose Koha values are not filled in yet:\n  " + files.joined(separator: "\n  ")
        case .dedupeOutdated:
            "Exports were ingested again since the last dedupe: its clusters no longer fit the records. Run samkat dedupe (or samkat run) first."
        case let .catalogueInvalid(summary):
            "The catalogue does not validate: \(summary). Every finding is in validation.csv."
        case let .ledgerUnbalanced(line):
            "The ledger does not balance for \(line). Nothing that was read may be lost: this is a samkat bug; keep the workspace and report it."
        case let .invalidSetting(what):
            "The batch file has a setting samkat cannot use: \(what)."
        case let .damagedWorkspace(what):
            "The workspace is damaged: \(what). Ingest the sources again (samkat ingest --force)."
        }
    }
}
