import ArgumentParser
import Exports
import Pipeline
import Workspace

struct MappingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mappings",
        abstract: "Writes the mapping files librarians fill in, and checks that they are complete.",
        subcommands: [Init.self, Check.self]
    )

    struct Options: ParsableArguments {
        @Argument(help: "The batch file (batch.yml).")
        var batch: String
    }

    static func open(_ options: Options) throws -> (BatchFile, MappingStubs) {
        let batch = try BatchFile.load(path: options.batch)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        return (batch, MappingStubs(workspace: workspace, folder: batch.resolve(batch.mappings)))
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes a stub per municipality and kind of code (most used first); keeps what was filled in.")
        @OptionGroup var options: Options

        func run() throws {
            let (_, stubs) = try MappingsCommand.open(options)
            for path in try stubs.write() { print(path) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists every code with copies that no mapping covers; exits 1 when any is missing.")
        @OptionGroup var options: Options

        func run() throws {
            let (_, stubs) = try MappingsCommand.open(options)
            let missing = try stubs.missing()
            for (file, rows) in missing {
                print("\(file): \(rows.count) code(s) to fill in")
                for row in rows { print("  \(row.code)\t\(row.name)\t\(row.items) items") }
            }
            if !missing.isEmpty { throw ExitCode.failure }
            print("every code with copies is mapped")
        }
    }
}
