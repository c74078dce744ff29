import Foundation
import MARC

/// A fingerprint of a set of input files: their names, sizes and contents (64-bit FNV-1a, streamed in 1 MB
/// chunks). Equal fingerprints mean the same bytes: an unchanged export is not ingested again.
enum Fingerprint {
    static func of(files: [String]) throws -> String {
        var hash = FNV1a()
        for path in files.sorted() {
            hash.add((path as NSString).lastPathComponent)
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw PipelineError.unreadableInput(path: path)
            }
            defer { try? handle.close() }
            var size = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                size += chunk.count
                hash.add(chunk)
            }
            withUnsafeBytes(of: UInt64(size).littleEndian) { hash.add($0) }
        }
        return String(hash.value, radix: 16)
    }

    /// A fingerprint of some text (settings, lists of other fingerprints).
    static func of(text: String) -> String {
        var hash = FNV1a()
        hash.add(text)
        return String(hash.value, radix: 16)
    }
}
