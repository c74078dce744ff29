import Foundation
import Testing
import MARC
@testable import Dedupe

/// Every record of `../shared/marcdata` (public MARC test suites) classified: no crash, a sane distribution.
@Suite(.enabled(if: FormatCorpus.directory != nil, "../shared/marcdata is absent: the corpus checks are skipped"))
struct FormatClassifierCorpusTests {
    @Test(.timeLimit(.minutes(3)))
    func everyCorpusRecordIsClassified() throws {
        var counts: [FormatClass: Int] = [:], confidence: [FormatConfidence: Int] = [:]
        var files = 0, unreadableFiles = 0
        for name in try FormatCorpus.files() {
            files += 1
            do {
                for record in try FormatCorpus.records(name) {
                    guard [0x61, 0x74, 0x63, 0x64, 0x65, 0x66, 0x67, 0x69, 0x6A, 0x6B, 0x6D, 0x6F, 0x70, 0x72]
                        .contains(record.leader.typeOfRecord) else { continue }  // bibliographic records only
                    let decision = FormatClassifier.classify(record)
                    counts[decision.formatClass, default: 0] += 1
                    confidence[decision.confidence, default: 0] += 1
                }
            } catch { unreadableFiles += 1 }
        }
        let total = counts.values.reduce(0, +)
        print("Format classes over \(total) bibliographic records in \(files) files (\(unreadableFiles) files unreadable):")
        for formatClass in FormatClass.allCases {
            print("  \(formatClass.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(counts[formatClass, default: 0])")
        }
        print("  confidence: strong \(confidence[.strong, default: 0]), weak \(confidence[.weak, default: 0]), unknown \(confidence[.unknown, default: 0])")
        #expect(total > 10_000)
        #expect(counts[.book, default: 0] * 2 > total, "most records are books")
        #expect(confidence[.strong, default: 0] * 2 > total, "most records are classified strongly")
    }

    /// The Stanford SolrMarc format test records, spot-checked by title.
    @Test func stanfordFormatTestRecords() throws {
        let records = try FormatCorpus.records("stanford-solr-marc__formatTests.mrc")
        var byTitle: [String: FormatClass] = [:]
        for record in records {
            let title = record.firstValue("245", "a") ?? "?"
            let decision = FormatClassifier.classify(record)
            byTitle[title] = decision.formatClass
            print("Stanford format test: \(record.controlValue("001") ?? "?")\t\(record.leader.text)\t\(title.prefix(40))\t\(decision.formatClass.rawValue) \(decision.confidence.rawValue)")
        }
        #expect(records.count > 20)
        func formatClass(_ titlePrefix: String) -> FormatClass? { byTitle.first { $0.key.hasPrefix(titlePrefix) }?.value }
        #expect(formatClass("book: leader/06 a /07 m") == .book)
        #expect(formatClass("music-score: leader/06 c") == .sheetMusic)
        #expect(formatClass("map: leader/06 f") == .map)
        #expect(formatClass("video: leader/06 g 008/33 v") == .dvd)
        #expect(formatClass("audio non-music: leader/06 i") == .audiobookCD)
        #expect(formatClass("music-audio: leader/06 j") == .musicCD)
        #expect(formatClass("other (instructional kit): leader/06 o") == .kit)
        #expect(formatClass("journal: leader/07s") == .serial)
        #expect(formatClass("newspaper: leader/07 s 008/21 n") == .serial)
    }
}

enum FormatCorpus {
    static let directory: URL? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/marcdata")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory!.path)
            .filter { $0.hasSuffix(".mrc") || $0.hasSuffix(".xml") }.sorted()
    }

    static func records(_ name: String) throws -> [Record] {
        let format: MARCFormat = name.hasSuffix(".xml") ? .marcxml : .iso2709
        var reader = try MARCFormat.openReader(path: directory!.appendingPathComponent(name).path, format: format, encoding: .auto)
        var records: [Record] = []
        while let result = try reader.next() {
            if case .success(let read) = result { records.append(read.record) }
        }
        return records
    }
}
