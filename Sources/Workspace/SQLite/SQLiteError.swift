/// A failure of the workspace database. Each case says what to do about it.
public enum WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case locked(path: String)
    case sqlite(code: Int32, message: String, sql: String)
    case newerSchema(path: String, found: Int, known: Int)
    case notAWorkspace(path: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "Cannot open the workspace \(path): \(reason). Check the folder exists and is writable."
        case let .locked(path):
            "The workspace \(path) is busy: another samkat is writing to it. Wait for it to finish, then run again."
        case let .sqlite(code, message, sql):
            "The workspace database failed (SQLite \(code): \(message)) in: \(sql.prefix(120))"
        case let .newerSchema(path, found, known):
            "The workspace \(path) has schema version \(found), but this samkat knows only up to \(known): use a newer samkat."
        case let .notAWorkspace(path):
            "\(path) is not a samkat workspace: run `samkat init` to create one."
        }
    }
}
