import Foundation
import MARC

/// A catalogue as the command line names it: one file, or a folder whose files are read in name order (an emit's
/// `out/catalogue/` with `catalogue-0001.xml` …). Each file's format is guessed from its content unless given.
public struct CatalogueInput: Sendable {
    public let path: String
    public let files: [String]
    public var format: MARCFormat?
    public var encoding: EncodingChoice

    public init(path: String, format: MARCFormat? = nil, encoding: EncodingChoice = .auto) throws {
        self.path = path
        self.format = format
        self.encoding = encoding
        var isFolder: ObjCBool = false
        if path == "-" {
            files = ["-"]
        } else if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            throw DiffError.notFound(path: path)
        } else if isFolder.boolValue {
            let folder = URL(fileURLWithPath: path)
            files = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { !$0.hasPrefix(".") && !$0.contains(".partial-") }
                .sorted()
                .map { folder.appendingPathComponent($0).path }
                .filter { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue }
            guard !files.isEmpty else { throw DiffError.emptyFolder(path: path) }
        } else {
            files = [path]
        }
    }

    /// Reads every record of every file in order. A record that cannot be read goes to `unreadable` and is not
    /// part of the comparison; reading goes on with the next.
    func forEachRecord(_ body: (ReadRecord) throws -> Void, unreadable: (UnreadableRecord) -> Void) throws {
        for file in files {
            let opened = try MARCFormat.openReader(path: file, format: format, encoding: encoding)
            var reader: any RecordReader = opened.parsesOnItsOwnThread ? opened : PrefetchingReader(opened)
            while let result = try reader.next() {
                switch result {
                case .success(let read): try body(read)
                case .failure(let failure): unreadable(failure)
                }
            }
        }
    }
}
