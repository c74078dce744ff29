/// Failures that stop the work: the input or output itself cannot be used.
public enum MARCError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// The record cannot be written in this format without losing data (ISO2709 length limits).
    case recordTooLarge(recordID: String, reason: String)
    case invalidXML(path: String, line: Int, reason: String)
    case unknownFormat(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "Cannot open \(path): \(reason). Check the path and its permissions."
        case let .readFailed(path, reason): "Reading \(path) failed: \(reason)."
        case let .writeFailed(path, reason): "Writing \(path) failed: \(reason). Check the disk space and permissions."
        case let .recordTooLarge(id, reason): "Record \(id) is too large for ISO2709: \(reason). Write it as MARCXML instead."
        case let .invalidXML(path, line, reason): "\(path) line \(line) is not well-formed XML: \(reason)."
        case let .unknownFormat(path): "Cannot tell the format of \(path): name it with --from."
        }
    }
}
