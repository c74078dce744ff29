import Foundation
import Testing

/// Runs the built `samkat` binary, as a user would, and checks its output and exit code.
@Suite struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("Fixtures/sample/libra-exportCat.txt").path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func samkat(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("samkat")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    @Test func convertsTheLatin1SampleToUTF8Lines() throws {
        let run = try samkat(["convert", Self.sample, "--to", "line", "-o", "-"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("=245  10$aHäxan från Västerås :$broman /$cÅsa Sjöberg"))
        #expect(run.stderr.contains("converted 3 records; 0 unreadable"))
        #expect(run.stderr.contains("record 1 at byte 0 (line 1)"))
    }

    @Test func readsStandardInputAndGuessesTheFormat() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        let run = try samkat(["stats", "-"], stdin: bytes)
        #expect(run.status == 0)
        #expect(run.stdout.contains("records: 3"))
        #expect(run.stdout.contains("encodings: Latin-1 3"))
        #expect(run.stdout.contains("    245  3  3"))
    }

    @Test func usageErrorsExit64() throws {
        let run = try samkat(["convert", Self.sample, "--to", "nonsense", "-o", "-"])
        #expect(run.status == 64)
    }

    @Test func aMissingFileFailsNamingIt() throws {
        let run = try samkat(["stats", "/nonexistent/export.mrc"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/export.mrc"))
    }

    @Test func strictFailsOnUnreadableRecordsAndRejectsKeepTheirBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let garbage = Data("00042xx".utf8) + Data([0x1D])
        let input = dir.appendingPathComponent("in.mrc")
        try garbage.write(to: input)
        let rejects = dir.appendingPathComponent("rejects.mrc").path
        let run = try samkat(["convert", input.path, "--from", "iso2709", "--to", "line", "-o", "-", "--rejects", rejects, "--strict"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("record 1 at byte 0"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: rejects)) == garbage)
    }
}
