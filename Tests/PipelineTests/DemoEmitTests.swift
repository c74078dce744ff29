import Exports
import Foundation
import MARC
@testable import Reports
import Testing
@testable import Pipeline
@testable import Workspace

/// The demo consortium ingested, deduplicated and emitted: the ledger balances and agrees with the ground
/// truth, barcodes are unique under every policy, two runs give identical bytes, and the parsers Koha itself
/// uses (Perl MARC::File::XML) and yaz-marcdump read the catalogue without an error, with the same counts.
@Suite(.serialized) struct DemoEmitTests {
    /// One ingested and deduplicated copy of the demo, shared by the tests (each emits into its own folder).
    static let prepared: Result<String, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-emit-\(UUID().uuidString)").path
        var batch = try BatchFile.load(path: DemoIngestTests.demo + "/batch.yml")
        batch.workspace = directory + "/work"
        batch.output = directory + "/out"
        let workspace = try Workspace(directory: batch.workspace, create: true)
        _ = try IngestStage(batch: batch, workspace: workspace).run()
        _ = try DedupeStage(batch: batch, workspace: workspace).run()
        return directory
    }

    func emit(_ name: String, policy: String = "prefix", format: String = "marcxml") throws -> (EmitStage.Summary, String) {
        let directory = try Self.prepared.get()
        var batch = try BatchFile.load(path: DemoIngestTests.demo + "/batch.yml")
        batch.workspace = directory + "/work"
        batch.output = directory + "/" + name
        batch.barcodes.policy = policy
        batch.catalogue.format = format
        return (try EmitStage(batch: batch, workspace: try Workspace(directory: batch.workspace)).run(), batch.output)
    }

    func catalogue(_ folder: String) throws -> [Record] {
        var records: [Record] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/catalogue").sorted() {
            var reader = try MARCFormat.openReader(path: folder + "/catalogue/" + name, format: nil, encoding: .auto)
            while let result = try reader.next() {
                guard case let .success(read) = result else { Issue.record("unreadable record in \(name)"); continue }
                records.append(read.record)
            }
        }
        return records
    }

    @Test func theLedgerBalancesAndAgreesWithTheTruth() throws {
        let (summary, folder) = try emit("out-ledger")
        #expect(summary.ledger.unbalanced.isEmpty)
        let outcomes = Dictionary(grouping: try DemoIngestTests.truth("items.tsv"), by: { $0["outcome"]! }).mapValues(\.count)
        let items = summary.ledger.total(.items)
        #expect(items.emitted == outcomes["migrate", default: 0] + outcomes["not-for-loan", default: 0])
        #expect(items.notMigrated == outcomes["do-not-migrate", default: 0])
        #expect(items.rejected == outcomes["rejected-row", default: 0])
        let records = summary.ledger.total(.records)
        #expect(records.read == records.emitted + records.merged + records.notMigrated + records.rejected)
        #expect(records.emitted == summary.records)

        let catalogue = try catalogue(folder)
        #expect(catalogue.count == summary.records)
        #expect(catalogue.reduce(0) { $0 + $1.fields("952").count } == items.emitted)
        #expect(catalogue.allSatisfy { $0.firstValue("942", "c") != nil && $0.fields("999").isEmpty && $0.leader[9] == 0x61 })
        #expect(catalogue.allSatisfy { record in record.fields("952").allSatisfy { $0.subfields.allSatisfy { $0.code != 0x71 } } }, "never 952 $q")
        let ids = catalogue.compactMap { $0.controlValue("001") }
        #expect(Set(ids).count == catalogue.count, "001 is unique across the consortium")
        let crosswalk = try String(contentsOfFile: folder + "/crosswalk-records.csv", encoding: .utf8).split(separator: "\n")
        #expect(crosswalk.count - 1 == records.emitted + records.merged + records.notMigrated)
    }

    @Test(arguments: ["prefix", "suffix", "keep-first", "reject"])
    func barcodesAreUniqueUnderEveryPolicy(policy: String) throws {
        let (summary, folder) = try emit("out-\(policy)", policy: policy)
        #expect(summary.ledger.unbalanced.isEmpty)
        let barcodes = try catalogue(folder).flatMap { $0.values("952", "p") }
        #expect(Set(barcodes).count == barcodes.count, "\(barcodes.count - Set(barcodes).count) barcodes used twice")
        #expect(barcodes.allSatisfy { $0.count <= 20 })
        #expect(summary.barcodeChanges > 0, "the demo has colliding barcodes")
        let rejected = summary.ledger.total(.items).rejected
        if policy == "reject" { #expect(rejected > 14) } else { #expect(rejected == 14) }
        let changes = try String(contentsOfFile: folder + "/barcode-changes.csv", encoding: .utf8)
        #expect(changes.split(separator: "\n").count == summary.barcodeChanges + 1)
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let (_, first) = try emit("out-a")
        let (_, second) = try emit("out-b")
        let files = try FileManager.default.subpathsOfDirectory(atPath: first).sorted()
        #expect(files == (try FileManager.default.subpathsOfDirectory(atPath: second).sorted()))
        for file in files where !file.hasSuffix("/") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: first + "/" + file, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            #expect(FileManager.default.contentsEqual(atPath: first + "/" + file, andPath: second + "/" + file), "\(file) differs")
        }
    }

    /// The parsers Koha itself uses, and yaz-marcdump: the same records and items, not one error.
    @Test(arguments: ["marcxml", "iso2709"])
    func kohasOwnParsersReadTheCatalogue(format: String) throws {
        let (summary, folder) = try emit("out-\(format)", format: format)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/catalogue").sorted().map { folder + "/catalogue/" + $0 }
        guard let perl = DemoEmitTests.run("/usr/bin/perl", ["-MMARC::File::XML", "-e", "1"]), perl.status == 0,
              FileManager.default.isExecutableFile(atPath: "/usr/bin/yaz-marcdump") else {
            print("skipped: Koha's parsers need yaz and libmarc-xml-perl (Scripts/setup-debian installs them)")
            return
        }
        let script = URL(fileURLWithPath: DemoIngestTests.demo).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scripts/koha-parsers-count").path
        let counted = try #require(DemoEmitTests.run("/usr/bin/perl", [script] + files))
        #expect(counted.status == 0 && counted.output.trimmingCharacters(in: .whitespacesAndNewlines) == "\(summary.records) \(summary.items) 0",
                "MARC::Record: \(counted.output) \(counted.errors.prefix(500))")
        var records = 0, items = 0
        for file in files {
            let dumped = try #require(DemoEmitTests.run("/usr/bin/yaz-marcdump", ["-i", file.hasSuffix(".xml") ? "marcxml" : "marc", "-o", "line", file]))
            #expect(dumped.status == 0 && dumped.errors.isEmpty, "yaz-marcdump \(file): \(dumped.errors.prefix(500))")
            for line in dumped.output.split(separator: "\n") {
                if line.hasPrefix("952 ") { items += 1 } else if line.count == 24, line.prefix(5).allSatisfy(\.isNumber) { records += 1 }  // the leader
            }
        }
        #expect(records == summary.records && items == summary.items)
    }

    static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, output: String, errors: String)? {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        guard (try? process.run()) != nil else { return nil }
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// The report of the demo, opened in headless Chromium (skipped with a message where it is not installed):
/// it renders, its script ran without an error, and the key numbers are in the DOM.
@Suite struct DemoReportTests {
    @Test func theReportRendersInARealBrowser() throws {
        let directory = try DemoEmitTests.prepared.get()
        var batch = try BatchFile.load(path: DemoIngestTests.demo + "/batch.yml")
        batch.workspace = directory + "/work"
        batch.output = directory + "/out"  // where the prepared dedupe wrote the review queue
        let workspace = try Workspace(directory: batch.workspace)
        let emitted = try EmitStage(batch: batch, workspace: workspace).run()
        let path = try ReportStage(batch: batch, workspace: workspace).run()
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let items = HTML.number(emitted.ledger.total(.items).emitted)
        #expect(html.contains(items), "the number of items emitted")
        #expect(html.contains("id=\"review-filter\""))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("<link"), "self-contained")
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: the report's browser check needs Chromium (Scripts/setup-debian installs it)")
            return
        }
        let profile = directory + "/chromium-\(UUID().uuidString)"
        let dumped = try #require(DemoEmitTests.run("/usr/bin/timeout", ["90", chromium, "--headless", "--no-sandbox", "--disable-dev-shm-usage",
                                                                          "--disable-gpu", "--user-data-dir=" + profile, "--dump-dom", "file://" + path]))
        #expect(dumped.status == 0, "chromium: \(dumped.errors.suffix(500))")
        #expect(dumped.output.contains("data-rendered=\"yes\""), "the page's script ran to the end")
        #expect(dumped.output.contains("<pre id=\"script-errors\" hidden=\"\"></pre>"), "no script error was recorded")
        #expect(dumped.output.contains(items) && dumped.output.contains("Review queue"))
    }
}
