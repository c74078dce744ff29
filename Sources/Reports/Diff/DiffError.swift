/// What stops a diff.
public enum DiffError: Error, CustomStringConvertible, Equatable {
    case badIgnoredTag(String)
    case notFound(path: String)
    case emptyFolder(path: String)
    case standardInputTwice
    case changedWhileReading(path: String)
    case temporaryFile(reason: String)

    public var description: String {
        switch self {
        case .badIgnoredTag(let name): "--ignore \(name): give a three-character tag such as 005, or LDR for the leader."
        case .notFound(let path): "\(path): no such file or folder; give a catalogue file or a folder of them."
        case .emptyFolder(let path): "\(path): the folder holds no catalogue files."
        case .standardInputTwice: "the first catalogue is read twice, so it cannot be standard input (-); give it as a file."
        case .changedWhileReading(let path): "\(path) changed while it was being compared; run the diff again when it is written."
        case .temporaryFile(let reason): "cannot set the second catalogue's records aside in the temporary folder: \(reason)."
        }
    }
}
