import ArgumentParser
import MARC
import Reports

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Checks MARC files before Koha imports them: structure, content and Koha's rules, one finding a line.",
        discussion: """
            Any MARC file, not only samkat's: ISO2709, MARCXML, line-MARC or MARC-in-JSON. Each finding names \
            the file, record number (and 001), field and rule, with its severity: error (Koha would refuse or \
            misuse it), warning (bad data Koha takes as it is) or info. What the reader had to repair is \
            reported too. Barcodes are checked for duplicates across all the files given. A summary line goes \
            to standard error. Exit status: 0, even with findings, unless --strict is given and there is an \
            error (then 1); 64 for a usage error.
            """
    )

    @Argument(help: "MARC files (ISO2709, MARCXML, line-MARC or MARC-in-JSON), or - for standard input.")
    var files: [String]

    @Option(help: "Input format, when guessing from the content is not wanted: iso2709, marcxml, line or json.")
    var from: MARCFormat?

    @Option(help: "Input character set: auto, utf8, marc8 or latin1.")
    var encoding: EncodingChoice = .auto

    @Option(help: "A Koha setup folder (the koha-setup/ samkat emit writes): every branch, item type and authorised value used must be defined there.")
    var setup: String?

    @Option(help: "How findings are written: text (one line each), json or csv.")
    var format: ValidationReportFormat = .text

    @Option(name: .shortAndLong, help: "Write the findings to this file instead of standard output.")
    var output = "-"

    @Flag(help: "Exit 1 when any finding is an error.")
    var strict = false

    func run() throws {
        var validator = CatalogueValidator(setup: try setup.map { try KohaSetupCodes.load(folder: $0) })
        var report = format.report(to: try ByteOutput(path: output))
        for file in files {
            try validator.validate(file: file, format: from, encoding: encoding) { try report.write($0) }
        }
        try report.finish(validator.summary)
        printError(validator.summary.line)
        for (rule, count) in validator.summary.rules { printError("  \(rule): \(count)") }
        if strict && validator.summary.errors > 0 { throw ExitCode.failure }
    }
}

extension ValidationReportFormat: ExpressibleByArgument {}
