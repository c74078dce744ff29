import Foundation
import Testing

/// `samkat run` on a copy of the demo consortium, killed with SIGKILL at points chosen by SAMKAT_CRASH_AT (no
/// timers), then run again: the outputs are byte for byte those of an uninterrupted run, the workspace passes
/// SQLite's integrity check, and no file stands half-written under its final name.
@Suite(.serialized) struct CrashSafetyTests {
    static let demo = CommandLineTests.repository.appendingPathComponent("Fixtures/demo").path

    /// The demo's batch file with its own mappings, workspace and output in `folder` (exports read in place).
    static func prepare(_ folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: demo + "/mappings", toPath: folder + "/mappings")
        let batch = try String(contentsOfFile: demo + "/batch.yml", encoding: .utf8)
            .replacingOccurrences(of: "folder: exports/", with: "folder: \(demo)/exports/")
        try batch.write(toFile: folder + "/batch.yml", atomically: true, encoding: .utf8)
        return folder + "/batch.yml"
    }

    func run(_ batch: String, crashAt: String? = nil) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("samkat")
        process.arguments = ["run", batch]
        var environment = ProcessInfo.processInfo.environment
        environment["SAMKAT_CRASH_AT"] = crashAt
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    /// Every output file (the report is left out: it carries the time it was written) with its bytes.
    func outputs(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in FileManager.default.subpaths(atPath: folder + "/out") ?? [] where name != "report.html" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/out/" + name, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/" + name))
        }
        return result
    }

    @Test func aKilledRunRunAgainGivesWhatAnUninterruptedRunGives() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-crash-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let reference = try Self.prepare(root + "/reference")
        #expect(try run(reference) == 0)
        let expected = try outputs(root + "/reference")
        #expect(expected.keys.contains("catalogue/catalogue-0001.xml") && expected.keys.contains("ledger.csv"))

        for point in ["ingest-row:2500", "dedupe-pair:4000", "dedupe-cluster:300", "emit-record:700", "output-close:3"] {
            let folder = root + "/" + point.replacingOccurrences(of: ":", with: "-")
            let batch = try Self.prepare(folder)
            #expect(try run(batch, crashAt: point) == -9, "\(point): the run was killed")
            let halfway = try outputs(folder)
            // Whatever stands under a final name is whole: the same bytes the uninterrupted run wrote there.
            for (name, bytes) in halfway where !name.contains(".partial-") {
                #expect(expected[name] == bytes, "\(point): \(name) stands half-written or different after the crash")
            }
            #expect(try run(batch) == 0, "\(point): the run after the crash succeeds")
            let after = try outputs(folder)
            #expect(after.keys.sorted() == expected.keys.sorted(), "\(point): the same files, and no partial ones left")
            for (name, bytes) in expected { #expect(after[name] == bytes, "\(point): \(name) differs from the uninterrupted run") }
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { continue }
            let check = Process()
            check.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            check.arguments = ["-c", "import sqlite3,sys; sys.exit(0 if sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0] == 'ok' else 1)",
                               folder + "/work/workspace.sqlite"]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0, "\(point): the workspace is whole")
        }
    }
}
