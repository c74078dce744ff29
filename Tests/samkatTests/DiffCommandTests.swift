import Foundation
import Testing

/// `samkat diff` as CI runs it: the exit code, the JSON, the summary, the usage errors.
extension CommandLineTests {
    func diffCatalogues() throws -> (folder: URL, a: String, b: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-diff-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let leader = "=LDR  00000nam\\a2200000\\i\\4500\n"
        let a = leader + "=001  1\n=005  20260101\n=035  \\\\$a(hjo-libra)1\n=245  10$aTitel\n=952  \\\\$aHJO$pH1\n"
        let b = leader + "=001  1\n=005  20260202\n=035  \\\\$a(hjo-libra)1\n=245  10$aTitel\n=952  \\\\$aHJO$pH1\n=952  \\\\$aHJO$pH2\n"
        try a.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try b.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        return (folder, folder.appendingPathComponent("a.txt").path, folder.appendingPathComponent("b.txt").path)
    }

    @Test func diffExitCodeIsOneOnlyWhenTheCataloguesDiffer() throws {
        let (folder, a, b) = try diffCatalogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let same = try samkat(["diff", a, a, "--exit-code"])
        #expect(same.status == 0)
        #expect(same.stdout == "records: 1 in A, 1 in B; 0 added, 0 removed, 0 changed, 1 unchanged; items: 0 added, 0 removed, 0 changed\n")
        let differ = try samkat(["diff", a, b, "--exit-code"])
        #expect(differ.status == 1)
        #expect(differ.stdout.contains("changed (hjo-libra)1 — A: \(a) record 1, B: \(b) record 1"))
        #expect(differ.stdout.contains("  952 added\n    + =952  \\\\$aHJO$pH2\n"))
        #expect(try samkat(["diff", a, b]).status == 0, "without --exit-code a difference is not a failure")
        #expect(try samkat(["diff", a, b, "--ignore", "005", "--ignore", "952", "--exit-code"]).status == 0)
    }

    @Test func diffWritesJSONAndSummariesAndRefusesBadOptions() throws {
        let (folder, a, b) = try diffCatalogues()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try samkat(["diff", a, b, "--format", "json", "--ignore", "005"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Any]
        #expect(summary?["changed"] as? Int == 1)
        #expect((summary?["items"] as? [String: Any])?["added"] as? Int == 1)
        let records = json?["records"] as? [[String: Any]]
        #expect((records?.first?["changes"] as? [[String: Any]])?.map { $0["tag"] as? String } == ["952"])
        let counts = try samkat(["diff", a, b, "--summary"])
        #expect(counts.stdout.split(separator: "\n").count == 1)
        #expect(try samkat(["diff", a, b, "--ignore", "05"]).status == 64)
        #expect(try samkat(["diff", "-", b]).status == 64)
        let missing = try samkat(["diff", a, "/nonexistent/catalogue"])
        #expect(missing.status == 1 && missing.stderr.contains("/nonexistent/catalogue"))
    }
}
