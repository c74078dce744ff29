import Foundation
import Testing
@testable import MARC

/// The ISO 2709 files of `../shared/marcdata` (650 files from public MARC test suites, many broken on purpose).
@Suite(.enabled(if: SharedData.marcdata != nil, SharedData.absent))
struct ISO2709CorpusTests {
    struct ManifestEntry {
        var name: String
        var format: String
        var recordsOK: Int
    }

    /// MANIFEST.tsv: per file its format and how many records an independent reader parsed cleanly.
    static func manifest() throws -> [ManifestEntry] {
        let text = try String(contentsOf: SharedData.marcdata!.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return ManifestEntry(name: columns[0], format: columns[1], recordsOK: Int(columns[3]) ?? 0)
        }
    }

    static func read(_ name: String) throws -> [RecordResult] {
        let bytes = [UInt8](try Data(contentsOf: SharedData.marcdata!.appendingPathComponent(name)))
        var reader = ISO2709Reader(source: MemoryInput(bytes, name: name))
        return try reader.readAll()
    }

    /// Every file reads to the end without a crash or a hang, and yields at least the records that an
    /// independent reader parsed cleanly; every unreadable record names its file and keeps its bytes.
    @Test(.timeLimit(.minutes(3)))
    func everyFileReads() throws {
        var (files, records, unreadable, short) = (0, 0, 0, [String]())
        for entry in try Self.manifest() where entry.format == "iso2709" {
            files += 1
            let results = try Self.read(entry.name)
            let good = results.compactMap(\.read).count
            records += good
            for failure in results.compactMap(\.unreadable) {
                unreadable += 1
                #expect(failure.location.file == entry.name)
                #expect(!failure.rawBytes.isEmpty)
            }
            if good < entry.recordsOK { short.append("\(entry.name): \(good) of \(entry.recordsOK)") }
        }
        print("ISO2709 corpus: \(files) files, \(records) records read, \(unreadable) unreadable")
        #expect(files > 400)
        #expect(short.isEmpty, "files where samkat read fewer records than the reference reader: \(short)")
    }

    /// Every record read without a finding survives ISO2709 → MARCXML → ISO2709 unchanged.
    @Test(.timeLimit(.minutes(3)))
    func goodRecordsRoundTripThroughMARCXML() throws {
        var good: [Record] = []
        for entry in try Self.manifest() where entry.format == "iso2709" {
            for read in try Self.read(entry.name).compactMap(\.read) where read.findings.allSatisfy({ $0.severity == .info }) {
                good.append(read.record)
            }
        }
        try withTemporaryDirectory { dir in
            let iso = dir.appendingPathComponent("a.mrc").path, xml = dir.appendingPathComponent("b.xml").path
            let back = dir.appendingPathComponent("c.mrc").path
            var tooLarge = 0
            var isoWriter = ISO2709Writer(output: try ByteOutput(path: iso))
            var written: [Record] = []
            for record in good {
                do {
                    try isoWriter.write(record)
                    written.append(record)
                } catch MARCError.recordTooLarge { tooLarge += 1 }
            }
            try isoWriter.finish()
            try convert(iso, .iso2709, to: xml, .marcxml)
            try convert(xml, .marcxml, to: back, .iso2709)
            var reader = ISO2709Reader(source: try ByteInput(path: back))
            let final = try reader.readAll()
            #expect(final.count == written.count)
            var changed = 0
            for (before, after) in zip(written, final.compactMap(\.read?.record)) where !sameContent(before, after) {
                changed += 1
                if changed <= 8 { Issue.record("changed in the round trip: \(before.controlValue("001") ?? "?"): \(difference(before, after))") }
            }
            print("round trip: \(written.count) good records, \(changed) changed, \(tooLarge) too large for ISO2709")
            #expect(written.count > 10_000)
        }
    }

    private func convert(_ input: String, _ from: MARCFormat, to output: String, _ format: MARCFormat) throws {
        var reader = from.reader(for: try ByteInput(path: input))
        var writer = format.writer(to: try ByteOutput(path: output))!
        while let result = try reader.next() { try writer.write(try result.get().record) }
        try writer.finish()
    }
}

/// Equal but for the leader's structural positions (record length, 10-11, base address, 20-23), which every
/// ISO 2709 writer computes anew.
func sameContent(_ a: Record, _ b: Record) -> Bool {
    a.fields == b.fields && contentOfLeader(a.leader) == contentOfLeader(b.leader)
}

func contentOfLeader(_ leader: Leader) -> [UInt8] {
    var bytes = leader.bytes
    for index in [0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23] { bytes[index] = 0 }
    return bytes
}

/// The first difference between two records, for messages.
func difference(_ a: Record, _ b: Record) -> String {
    if contentOfLeader(a.leader) != contentOfLeader(b.leader) { return "leader \(a.leader.text) / \(b.leader.text)" }
    for (x, y) in zip(a.fields, b.fields) where x != y { return "\(x) / \(y)" }
    return "\(a.fields.count) fields / \(b.fields.count) fields"
}
