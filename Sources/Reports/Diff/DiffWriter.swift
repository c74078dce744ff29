import Foundation
import MARC

/// Writes a diff's output: the summary first, then each difference. Differences arrive before the summary is
/// known, so they wait in a temporary file (`DeferredOutput`) rather than in memory.
public protocol DiffWriter {
    mutating func write(_ difference: RecordDifference) throws
    /// Writes the summary, then the differences, and closes the output.
    mutating func finish(_ summary: DiffSummary) throws
}

/// The diff's output formats (`--format`).
public enum DiffOutputFormat: String, Sendable, CaseIterable {
    case text, json

    /// A writer of this format; with `summaryOnly`, differences are counted, not written.
    public func writer(to output: ByteOutput, summaryOnly: Bool) throws -> any DiffWriter {
        switch self {
        case .text: try DiffTextWriter(output: output, summaryOnly: summaryOnly)
        case .json: try DiffJSONWriter(output: output, summaryOnly: summaryOnly)
        }
    }
}

/// Text written to a temporary file now and copied into the real output later. The file is removed when copied.
final class DeferredOutput {
    private let path: String
    private let output: ByteOutput
    private(set) var isEmpty = true

    init() throws {
        path = NSTemporaryDirectory() + "/samkat-diff-\(UUID().uuidString).txt"
        output = try ByteOutput(path: path)
    }

    deinit { unlink(path) }

    func write(_ text: String) throws {
        isEmpty = false
        try output.write(text)
    }

    func copy(to destination: ByteOutput) throws {
        try output.close()
        let input = try ByteInput(path: path)
        var chunk: [UInt8] = []
        while try input.read(into: &chunk, upTo: 1 << 20) > 0 {
            try destination.write(chunk)
            chunk.removeAll(keepingCapacity: true)
        }
    }
}
