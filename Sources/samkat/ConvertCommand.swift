import ArgumentParser
import MARC

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Converts MARC records between ISO2709, MARCXML, line-MARC and MARC-in-JSON, always to UTF-8 NFC.",
        discussion: """
        Findings (repairs, undecodable bytes, encoding guesses) go to standard error, one line each, with \
        file, record number and byte offset. Records that cannot be read at all are counted, and kept byte for \
        byte with --rejects.
        """
    )

    @Argument(help: "The input file, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "The output file, or - for standard output.")
    var output: String

    @Option(help: "Input format: iso2709, marcxml, line or json. Guessed from the content when not given.")
    var from: MARCFormat?

    @Option(help: "Output format: iso2709, marcxml or line.")
    var to: MARCFormat = .marcxml

    @Option(help: "Input character set: auto, utf8, marc8 or latin1. auto decides per record, never trusting leader/09 alone.")
    var encoding: EncodingChoice = .auto

    @Option(help: "Write the raw bytes of records that could not be read to this file.")
    var rejects: String?

    @Flag(name: .shortAndLong, help: "Do not print findings, only the summary.")
    var quiet = false

    @Flag(help: "Exit 1 when any record could not be read or written.")
    var strict = false

    func run() throws {
        // Reading and decoding run a few batches ahead on a second thread while this one writes (unless the
        // reader already has a thread of its own).
        let opened = try MARCFormat.openReader(path: input, format: from, encoding: encoding)
        var reader: any RecordReader = opened.parsesOnItsOwnThread ? opened : PrefetchingReader(opened)
        guard var writer = to.writer(to: try ByteOutput(path: output)) else {
            throw ValidationError("--to \(to.rawValue) is not supported: write iso2709, marcxml or line.")
        }
        let rejectsOutput = try rejects.map { try ByteOutput(path: $0) }
        let log = FindingLog(quiet: quiet)
        var written = 0, unreadable = 0, unwritable = 0
        while let result = try reader.next() {
            switch result {
            case .success(let read):
                log.report(read.findings)
                do {
                    try writer.write(read.record)
                    written += 1
                } catch let error as MARCError {
                    guard case .recordTooLarge = error else { throw error }
                    unwritable += 1
                    log.report(Finding(.error, "write.too-large", error.description, at: read.location))
                }
            case .failure(let failure):
                unreadable += 1
                log.report(Finding(.error, "read.unreadable", failure.reason, at: failure.location))
                try rejectsOutput?.write(failure.rawBytes)
            }
        }
        try writer.finish()
        try rejectsOutput?.close()
        log.report(writer.findings)
        log.summary("converted \(written) records; \(unreadable) unreadable; \(unwritable) too large for \(to.rawValue)")
        if strict && (unreadable > 0 || unwritable > 0) { throw ExitCode.failure }
    }
}
