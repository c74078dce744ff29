import Foundation

/// A fingerprint of a set of input files: their names, sizes and contents (64-bit FNV-1a, streamed in 1 MB
/// chunks). Equal fingerprints mean the same bytes: an unchanged export is not ingested again.
enum Fingerprint {
    static func of(files: [String]) throws -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: UnsafeRawBufferPointer) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        for path in files.sorted() {
            var name = (path as NSString).lastPathComponent
            name.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw PipelineError.unreadableInput(path: path)
            }
            defer { try? handle.close() }
            var size = 0
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                size += chunk.count
                chunk.withUnsafeBytes { mix($0) }
            }
            withUnsafeBytes(of: UInt64(size).littleEndian) { mix($0) }
        }
        return String(hash, radix: 16)
    }

    /// A fingerprint of some text (settings, lists of other fingerprints).
    static func of(text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
