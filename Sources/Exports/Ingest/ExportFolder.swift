import Foundation

/// One export folder on disk: which files it holds, found by name without regard to case (exports copied
/// from Windows shares arrive as `ITEMS.TXT` as often as `Items.txt`).
struct ExportFolder {
    let path: String
    /// File names in the folder, sorted.
    let names: [String]

    init(path: String) throws {
        self.path = path
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw ExportsError.cannotRead(file: path, reason: "the export folder cannot be listed: \(error.localizedDescription)")
        }
    }

    /// The file's name as it stands in the folder, matched ignoring case.
    func find(_ name: String) -> String? {
        names.first { $0 == name } ?? names.first { $0.lowercased() == name.lowercased() }
    }

    func path(of name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The paths of each table's dump and spec that are present (`Items.txt`, `Itemsspec.txt` …), in order.
    func tableFiles(_ tables: [String]) -> [String] {
        tables.flatMap { ["\($0).txt", "\($0)spec.txt"] }.compactMap(find).map(path(of:))
    }
}
