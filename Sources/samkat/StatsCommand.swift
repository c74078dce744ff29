import ArgumentParser
import MARC

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts records, unreadable records, character sets found and fields per tag."
    )

    @Argument(help: "MARC files (ISO2709, MARCXML, line-MARC or MARC-in-JSON), or - for standard input.")
    var files: [String]

    @Option(help: "Input format, when guessing from the content is not wanted.")
    var from: MARCFormat?

    @Option(help: "Input character set: auto, utf8, marc8 or latin1.")
    var encoding: EncodingChoice = .auto

    func run() throws {
        for file in files {
            var reader = try MARCFormat.openReader(path: file, format: from, encoding: encoding)
            var statistics = RecordStatistics()
            while let result = try reader.next() { statistics.add(result) }
            print(statistics.table(title: file))
        }
    }
}
