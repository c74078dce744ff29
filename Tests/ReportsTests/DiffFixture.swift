import Foundation
import MARC
@testable import Reports

/// Catalogues for the diff tests, written as line-MARC text (`=245  10$a…`, a blank line between records) in a
/// temporary folder that goes away with the fixture.
final class DiffFixture {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `records` (each a record's lines) to `name` and returns its path.
    @discardableResult
    func write(_ name: String, _ records: [String]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try records.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A record's lines: the leader, then `fields` one a line.
    static func record(_ fields: String...) -> String {
        "=LDR  00000nam\\a2200000\\i\\4500\n" + fields.map { $0 + "\n" }.joined()
    }

    /// Runs the diff and returns its counts and differences.
    static func diff(_ a: String, _ b: String, settings: DiffSettings = DiffSettings()) throws -> (DiffSummary, [RecordDifference]) {
        var differences: [RecordDifference] = []
        let summary = try CatalogueDiff(a: CatalogueInput(path: a), b: CatalogueInput(path: b), settings: settings)
            .run(report: { differences.append($0) })
        return (summary, differences)
    }
}
