import Foundation
import Testing
@testable import MARC

/// Builds one raw ISO 2709 record from tags and raw field bytes (terminators added), with correct lengths.
func iso2709(leader9: UInt8 = 0x20, _ fields: [(String, [UInt8])]) -> [UInt8] {
    var directory: [UInt8] = []
    var data: [UInt8] = []
    for (tag, bytes) in fields {
        directory += Array(tag.utf8) + digits(bytes.count + 1, 4) + digits(data.count, 5)
        data += bytes + [0x1E]
    }
    let base = 24 + directory.count + 1
    var leader = Array("00000nam a2200000 i 4500".utf8)
    leader.replaceSubrange(0..<5, with: digits(base + data.count + 1, 5))
    leader.replaceSubrange(12..<17, with: digits(base, 5))
    leader[9] = leader9
    return leader + directory + [0x1E] + data + [0x1D]
}

/// A data field's raw bytes: indicators then `$code value` pairs, values given as raw bytes.
func dataField(_ indicators: String = "  ", _ subfields: [(Character, [UInt8])]) -> [UInt8] {
    Array(indicators.utf8) + subfields.flatMap { [0x1F, $0.0.asciiValue!] + $0.1 }
}

func digits(_ value: Int, _ count: Int) -> [UInt8] {
    Array(String(format: "%0\(count)d", value).utf8)
}

func latin1(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

/// Reads every result from ISO 2709 bytes.
func readISO2709(_ bytes: [UInt8], encoding: EncodingChoice = .auto, chunkSize: Int = .max) throws -> [RecordResult] {
    var reader = ISO2709Reader(source: MemoryInput(bytes, name: "test.mrc", chunkSize: chunkSize), encoding: encoding)
    return try reader.readAll()
}

extension RecordResult {
    var read: ReadRecord? { if case .success(let value) = self { value } else { nil } }
    var unreadable: UnreadableRecord? { if case .failure(let value) = self { value } else { nil } }
}

/// A temporary directory removed when the test ends.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// `../shared` beside the repository, where the public test data lives. Tests that need it are disabled,
/// with `SharedData.absent` as the reason, where it is not there.
enum SharedData {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory: URL? = {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
    /// `../shared/marcdata`, the public MARC corpus.
    static let marcdata: URL? = directory.map { $0.appendingPathComponent("marcdata") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
    static let absent: Comment = "../shared/marcdata is not beside the repository: corpus test skipped"
}
