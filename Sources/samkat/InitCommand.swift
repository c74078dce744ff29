import ArgumentParser
import Workspace

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Creates a workspace (DIR/workspace.sqlite) or brings an existing one up to the current schema."
    )

    @Argument(help: "The workspace folder.")
    var directory: String

    func run() throws {
        let workspace = try Workspace(directory: directory, create: true)
        print("workspace \(workspace.database.path) at schema version \(try workspace.schemaVersion)")
    }
}
