import MARC

/// A file read under a short name: provenance and findings name the file inside its export folder
/// (`Items.txt`), not the path the folder happened to have on the machine that ran the ingest.
final class NamedSource: ByteSource {
    let name: String
    private let input: ByteInput

    init(path: String, name: String) throws {
        do { input = try ByteInput(path: path) } catch { throw ExportsError.cannotRead(file: path, reason: "\(error)") }
        self.name = name
    }

    func read(into buffer: inout [UInt8], upTo count: Int) throws -> Int {
        try input.read(into: &buffer, upTo: count)
    }
}
