import Foundation
import MARC
import Testing

/// Everything a real reader said about one input: records, findings (the records' and the document's),
/// unreadable records, and the error that stopped it.
struct CatalogueReading: CustomStringConvertible {
    var records: [Record] = []
    var findings: [Finding] = []
    var unreadable: [UnreadableRecord] = []
    var error: (any Error)?

    /// Reads `bytes` with the format's reader, `chunkSize` bytes at a time.
    init(_ bytes: [UInt8], format: MARCFormat, file: String, chunkSize: Int) {
        var reader = format.reader(for: MemoryInput(bytes, name: file, chunkSize: chunkSize))
        do {
            while let result = try reader.next() {
                switch result {
                case .success(let read):
                    records.append(read.record)
                    findings += read.findings
                case .failure(let bad): unreadable.append(bad)
                }
            }
        } catch {
            self.error = error
            while case .some = try? reader.next() {}  // the MARCXML reader finishes its document findings
        }
        if let xml = reader as? MARCXMLReader { findings += xml.documentFindings }
    }

    var description: String {
        "\(records.count) records; findings \(findings.map(\.description)); unreadable \(unreadable.map(\.description)); error \(error.map { "\($0)" } ?? "none")"
    }

    /// Checks the reading against the case; every finding and unreadable record must name the file.
    func verify(_ test: CatalogueCase, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = test.file
        #expect(records.count == test.records, "records read: \(self)", sourceLocation: sourceLocation)
        #expect(test.check(records), "the records' check: \(self)", sourceLocation: sourceLocation)
        for finding in findings {
            #expect(finding.location?.file == file && finding.description.contains(file),
                    "a finding that does not name its file: \(finding)", sourceLocation: sourceLocation)
        }
        for bad in unreadable {
            #expect(bad.location.file == file && !bad.rawBytes.isEmpty && !bad.reason.isEmpty,
                    "an unreadable record without its file, bytes or reason: \(bad)", sourceLocation: sourceLocation)
        }
        let expectsError = test.expected.contains { $0.isError }
        if error != nil && !expectsError { Issue.record("unexpected error: \(self)", sourceLocation: sourceLocation) }
        for expectation in test.expected {
            switch expectation {
            case let .finding(rule, at):
                #expect(findings.contains { $0.rule == rule && $0.location?.recordNumber == at
                    && $0.description.contains("\(file): record \(at)") },
                        "expected \(expectation): \(self)", sourceLocation: sourceLocation)
            case let .fileFinding(rule, name):
                #expect(findings.contains { $0.rule == rule && $0.message.contains(name) }, "expected \(expectation): \(self)",
                        sourceLocation: sourceLocation)
            case .ingestFinding: break
            case let .unreadable(at):
                #expect(unreadable.contains { $0.location.recordNumber == at && $0.description.contains("\(file): record \(at)") },
                        "expected \(expectation): \(self)", sourceLocation: sourceLocation)
            case let .error(text):
                let said = error.map { "\($0)" } ?? ""
                #expect(said.contains(file) && said.contains(text), "expected \(expectation): \(self)", sourceLocation: sourceLocation)
            }
        }
    }
}

/// A catalogue case through its reader in several chunkings (all must agree) and then through the real
/// ingest of a plain MARC export.
func runCatalogueCase(_ test: CatalogueCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let whole = CatalogueReading(test.bytes, format: test.format, file: test.file, chunkSize: .max)
    whole.verify(test, sourceLocation: sourceLocation)
    for chunkSize in [1, 7, 4096] where test.bytes.count <= 200_000 || chunkSize > 1 {
        let chunked = CatalogueReading(test.bytes, format: test.format, file: test.file, chunkSize: chunkSize)
        #expect(chunked.description == whole.description, "chunk size \(chunkSize)", sourceLocation: sourceLocation)
    }
    let ingest = try MalformedIngest.catalogue(test)
    ingest.verify(test.expected, kind: .catalogue(file: test.file, records: test.records), sourceLocation: sourceLocation)
}
