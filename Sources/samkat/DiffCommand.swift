import ArgumentParser
import MARC
import Reports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compares two catalogues record by record and field by field: records added, removed and changed, and copies (952) apart.",
        discussion: """
            A and B are each a catalogue file or a folder of them (an emit's out/catalogue/), in any format samkat \
            reads. Records pair by a shared provenance 035 ((hjo-libra)10004; a merged record pairs through any of \
            its own), else by 001 and 003. Fields are compared tag by tag, in order within a tag; the leader \
            without its length and base address. Output: a summary line, then each record that differs with its \
            fields as =245  10$a… lines (- in A, + in B). Memory grows with the number of records, not their \
            size (about 70 MB for a million, more when many changed); B's changed and added records wait in a \
            temporary file. Unreadable records are named on standard error and not compared.
            """
    )

    @Argument(help: "The first catalogue: a file or a folder of catalogue files (read twice, so not -).")
    var a: String

    @Argument(help: "The second catalogue: a file, a folder of catalogue files, or - for standard input.")
    var b: String

    @Flag(name: .customLong("exit-code"), help: "Exit 1 when the catalogues differ, 0 when they do not (as git diff --exit-code).")
    var exitCode = false

    @Option(help: "Output format: text or json.")
    var format: DiffOutputFormat = .text

    @Option(name: .customLong("ignore"), help: ArgumentHelp("A tag not to compare, such as 005; LDR for the leader. Repeatable.", valueName: "tag"))
    var ignored: [String] = []

    @Flag(help: "Print the counts only.")
    var summary = false

    @Option(name: .shortAndLong, help: "Where to write the diff; - (the default) for standard output.")
    var output = "-"

    @Option(help: "Input format of both catalogues, when guessing each file's from its content is not wanted.")
    var from: MARCFormat?

    @Option(help: "Input character set: auto, utf8, marc8 or latin1.")
    var encoding: EncodingChoice = .auto

    func validate() throws {
        do { _ = try DiffSettings(ignoring: ignored) } catch { throw ValidationError(error.description) }
        if a == "-" { throw ValidationError(DiffError.standardInputTwice.description) }
    }

    func run() throws {
        let settings = try DiffSettings(ignoring: ignored)
        let diff = CatalogueDiff(a: try CatalogueInput(path: a, format: from, encoding: encoding),
                                 b: try CatalogueInput(path: b, format: from, encoding: encoding),
                                 settings: settings)
        var writer = try format.writer(to: try ByteOutput(path: output), summaryOnly: summary)
        let counts = try diff.run(report: { try writer.write($0) }, unreadable: { printError($0.description) })
        try writer.finish(counts)
        if exitCode && counts.hasDifferences { throw ExitCode.failure }
    }
}

extension DiffOutputFormat: ExpressibleByArgument {}
