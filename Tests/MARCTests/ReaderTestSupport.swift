import Foundation
import Testing
@testable import MARC

/// The chunkings every reader test feeds its input through; results must not depend on them.
let chunkSizes = [1, 2, 3, 7, 64, 4096, Int.max]

/// A result reduced to comparable values, so results from different chunkings can be compared.
enum Outcome: Equatable, CustomStringConvertible {
    case record(Record, RecordLocation, DetectedEncoding, [Finding])
    case failure(RecordLocation, String, [UInt8])

    init(_ result: RecordResult) {
        switch result {
        case .success(let read): self = .record(read.record, read.location, read.encoding, read.findings)
        case .failure(let bad): self = .failure(bad.location, bad.reason, bad.rawBytes)
        }
    }

    var record: Record? { if case .record(let record, _, _, _) = self { record } else { nil } }
    var findings: [Finding] { if case .record(_, _, _, let findings) = self { findings } else { [] } }
    var rules: [String] { findings.map(\.rule) }
    var location: RecordLocation {
        switch self {
        case .record(_, let location, _, _), .failure(let location, _, _): location
        }
    }
    var isFailure: Bool { if case .failure = self { true } else { false } }

    var description: String {
        switch self {
        case let .record(record, location, encoding, findings): "\(location) \(encoding) \(record) \(findings)"
        case let .failure(location, reason, raw): "\(location) FAILURE \(reason) \(raw.count) bytes"
        }
    }
}

/// Reads `bytes` in every chunking with `makeReader`, checks that all agree, and returns the results.
func readInEveryChunking(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation,
                         _ makeReader: (MemoryInput) -> any RecordReader) throws -> [Outcome] {
    var reference: [Outcome]?
    for size in chunkSizes {
        var reader = makeReader(MemoryInput(bytes, name: "test", chunkSize: size))
        let outcomes = try reader.readAll().map(Outcome.init)
        if let reference {
            #expect(outcomes == reference, "chunk size \(size) differs", sourceLocation: sourceLocation)
        } else {
            reference = outcomes
        }
    }
    return reference ?? []
}
