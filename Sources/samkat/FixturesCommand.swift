import ArgumentParser
import FixtureGenerator

struct FixturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fixtures",
        abstract: "Writes a made-up consortium of Libra.se and BOOK-IT exports with its ground truth, deterministically."
    )

    @Option(help: "How many municipalities (1–8, in order gullspang, hjo, karlsborg, …; Tibro, the BOOK-IT one, always among them from 2).")
    var municipalities = 8

    @Option(help: "How many catalogue records across the consortium (every record in every catalogue file, broken ones included).")
    var records: Int

    @Option(help: "The seed: the same seed and options give a byte-identical tree.")
    var seed: UInt64 = 2026

    @Argument(help: "The folder to write (created if missing).")
    var output: String

    func validate() throws {
        guard (1...8).contains(municipalities) else { throw ValidationError("--municipalities must be 1 to 8.") }
        guard records >= 1 else { throw ValidationError("--records must be at least 1.") }
    }

    func run() throws {
        let summary = try FixtureGenerator.generate(
            FixtureOptions(municipalities: municipalities, records: records, seed: seed, output: output))
        print("\(output): \(summary.records) records (\(summary.editions) editions of \(summary.works) works), \(summary.items) items, \(summary.broken) broken records and rows")
    }
}
