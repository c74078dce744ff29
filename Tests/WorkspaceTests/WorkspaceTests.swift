import Foundation
import Testing
@testable import Workspace

@Suite struct WorkspaceTests {
    func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("samkat-ws-\(UUID().uuidString)").path
    }

    @Test func initCreatesAMigratedWorkspaceInWALMode() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let workspace = try Workspace(directory: directory, create: true)
        #expect(try workspace.schemaVersion == Schema.currentVersion)
        let mode = try workspace.database.prepare("PRAGMA journal_mode").rows { $0.text(0) }
        #expect(mode == ["wal"])
        // Opening again applies nothing and keeps the data.
        try workspace.database.execute("INSERT INTO municipality(code, name) VALUES ('hjo', 'Hjo')")
        let again = try Workspace(directory: directory)
        #expect(try again.database.scalar("SELECT count(*) FROM municipality") == 1)
    }

    @Test func aFolderWithoutAWorkspaceIsAClearError() {
        let directory = temporaryDirectory()
        #expect(throws: WorkspaceError.notAWorkspace(path: directory)) { try Workspace(directory: directory) }
    }

    @Test func aNewerSchemaIsRefused() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let workspace = try Workspace(directory: directory, create: true)
        try workspace.database.execute("PRAGMA user_version = 99")
        #expect(throws: WorkspaceError.self) { try Workspace(directory: directory) }
    }

    @Test func statementsBindAndReadEveryType() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB)")
        let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        try insert.run([.int(42), .double(199.5), .text("Västerås"), .blob([0, 1, 0xFF])])
        try insert.run([.null, .null, .null, .null])
        let rows = try database.prepare("SELECT i, d, s, b FROM t ORDER BY rowid").rows { ($0.int(0), $0.double(1), $0.text(2), $0.blob(3)) }
        #expect(rows[0].0 == 42 && rows[0].1 == 199.5 && rows[0].2 == "Västerås" && rows[0].3 == [0, 1, 0xFF])
        #expect(rows[1].0 == nil && rows[1].1 == nil && rows[1].2 == nil && rows[1].3 == nil)
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER NOT NULL)")
        #expect(throws: WorkspaceError.self) {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES (1)")
                try database.execute("INSERT INTO t VALUES (NULL)")
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM t") == 0)
    }
}
