import ArgumentParser
import MARC

@main
struct Samkat: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Moves the catalogues of municipal library systems into one Koha catalogue.",
        subcommands: [
            RunCommand.self, ConvertCommand.self, StatsCommand.self, InitCommand.self, IngestCommand.self, MappingsCommand.self,
            DedupeCommand.self, EmitCommand.self, ReportCommand.self, ValidateCommand.self, DiffCommand.self,
            FixturesCommand.self, EvaluateDedupeCommand.self,
        ]
    )
}

extension MARCFormat: ExpressibleByArgument {}
extension EncodingChoice: ExpressibleByArgument {}
