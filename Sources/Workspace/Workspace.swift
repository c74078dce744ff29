import Foundation
import MARC

/// The SQLite staging store every stage reads and writes: `DIR/workspace.sqlite`.
public final class Workspace {
    public static let fileName = "workspace.sqlite"
    public let directory: String
    public let database: Database

    /// Opens the workspace in `directory`, applying any migrations it lacks.
    /// With `create`, makes the folder and the database first; without, a folder with no workspace is an error.
    public init(directory: String, create: Bool = false) throws {
        let path = (directory as NSString).appendingPathComponent(Workspace.fileName)
        if create {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } else if !FileManager.default.fileExists(atPath: path) {
            throw WorkspaceError.notAWorkspace(path: directory)
        }
        self.directory = directory
        database = try Database(path: path)
        try migrate()
        try discardUnfinishedIngests()
    }

    /// The schema version this workspace is at.
    public var schemaVersion: Int {
        get throws { Int(try database.scalar("PRAGMA user_version") ?? 0) }
    }

    private func migrate() throws {
        let found = try schemaVersion
        guard found <= Schema.currentVersion else {
            throw WorkspaceError.newerSchema(path: database.path, found: found, known: Schema.currentVersion)
        }
        for version in found..<Schema.currentVersion {
            try database.transaction {
                try database.execute(Schema.migrations[version])
                try database.execute("PRAGMA user_version = \(version + 1)")
            }
        }
    }

    /// A crash in the middle of an ingest leaves an inactive source behind; its rows are never read, and go here.
    private func discardUnfinishedIngests() throws {
        try database.execute("DELETE FROM source WHERE active = 0")
    }
}
