import Foundation
@testable import FixtureGenerator

/// Fixture trees for the tests, generated into temporary folders.
enum FixtureTestSupport {
    /// The repository root, found from this file (Tests/FixtureGeneratorTests/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func temporaryFolder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "samkat-fixtures-\(name)-\(getpid())-\(UUID().uuidString)"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    static func generate(records: Int, seed: UInt64, municipalities: Int = 8, name: String) throws -> String {
        let folder = temporaryFolder(name)
        _ = try FixtureGenerator.generate(FixtureOptions(municipalities: municipalities, records: records, seed: seed, output: folder))
        return folder
    }

    /// Every regular file under `root`, as sorted relative paths.
    static func files(under root: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)!
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    static func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    /// The rows of a truth file (header dropped), split on tabs.
    static func truth(_ root: String, _ file: String) -> [[String]] {
        let text = String(decoding: bytes("\(root)/truth/\(file)"), as: UTF8.self)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Whether two trees hold the same files with the same bytes (outside the folders `excluding`); the first
    /// difference otherwise.
    static func difference(_ left: String, _ right: String, excluding: [String] = []) -> String? {
        func kept(_ file: String) -> Bool { !excluding.contains { file.hasPrefix($0 + "/") } }
        let leftFiles = files(under: left).filter(kept), rightFiles = files(under: right).filter(kept)
        guard leftFiles == rightFiles else {
            return "file lists differ: \(Set(leftFiles).symmetricDifference(rightFiles).sorted().prefix(5))"
        }
        for file in leftFiles where bytes("\(left)/\(file)") != bytes("\(right)/\(file)") { return "\(file) differs" }
        return nil
    }
}
