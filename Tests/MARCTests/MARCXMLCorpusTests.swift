import Foundation
import Testing
@testable import MARC

@Suite struct MARCXMLCorpusTests {
    /// Every `.xml` file of the corpus (and its `expected/` folder), sorted.
    static func corpusFiles() -> [String] {
        guard let directory = SharedData.marcdata?.path else { return [] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory + "/" + $0 }
    }

    @Test(.enabled(if: SharedData.marcdata != nil, SharedData.absent),
          .timeLimit(.minutes(5)))
    func everyCorpusFileReadsAndRoundTrips() throws {
        var (files, unreadable, findings) = (0, 0, 0)
        var stopped: [String] = []
        var read: [(path: String, record: Record)] = []
        for path in Self.corpusFiles() {
            files += 1
            // Memory rather than ByteInput: the same reader path, and debug builds of ByteInput's 256 KB
            // zero-fill per read would dominate the run time over 300 small files.
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let reader = MARCXMLReader(source: MemoryInput(bytes, name: path))
            do {
                while let result = try reader.next() {
                    switch result {
                    case let .success(record):
                        findings += record.findings.count
                        read.append((path, record.record))
                    case let .failure(failure):
                        unreadable += 1
                        #expect(failure.location.file == path)
                        #expect(!failure.reason.isEmpty)
                    }
                }
            } catch let error as MARCError {
                guard case .invalidXML = error else {
                    Issue.record("\(path): \(error)")
                    continue
                }
                stopped.append("\(error)")
            }
        }
        // One output file for all (ByteOutput syncs on close): write, read back, compare.
        let (bytes, writer) = try writeMARCXML(read.map(\.record))
        let changed = Set(writer.findings.compactMap { $0.location?.recordNumber })
        let again = try records(String(decoding: bytes, as: UTF8.self))
        #expect(again.count == read.count)
        var roundTripped = 0
        for (index, (before, after)) in zip(read, again.map(\.record)).enumerated() where !changed.contains(index + 1) {
            #expect(before.record == after, "\(before.path): a record changed in the round trip")
            roundTripped += 1
        }
        print("""
            MARCXML corpus: \(files) files, \(read.count) records read (\(findings) findings), \(unreadable) unreadable, \
            \(stopped.count) files stopped by an XML error, \(roundTripped) records round-tripped unchanged, \
            \(changed.count) changed by the writer (forbidden characters)
            """)
        for reason in stopped { print("  stopped: \(reason)") }
        #expect(read.count > 1000)
    }
}
