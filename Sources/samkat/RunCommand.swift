import ArgumentParser
import Exports
import Foundation
import Pipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Runs the whole batch: ingest, mappings check, dedupe, emit. Unchanged stages are skipped.",
        discussion: """
            Stops at the first stage that fails, with the reason and what to do. A stage whose inputs (exports, \
            decisions file, mapping files, batch settings, samkat itself) have not changed since it last finished \
            is skipped. On a terminal each stage shows a progress bar; otherwise one log line per event.
            """
    )

    @Argument(help: "The batch file (batch.yml).")
    var batch: String

    @Option(help: "Run from this stage on, whether or not its inputs changed: \(BatchRun.Stage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var from: BatchRun.Stage?

    func run() throws {
        let batch = try BatchFile.load(path: batch)
        let display = ProgressLine()
        var meter = RateMeter()
        do {
            try BatchRun(batch: batch, from: from) { event in
                switch event {
                case let .started(stage):
                    meter = RateMeter()
                    display.update("\(stage.rawValue): starting")
                case let .progress(progress):
                    display.update(meter.line(progress))
                case let .finished(stage, summary, seconds):
                    display.finish("\(stage.rawValue): \(summary) (\(String(format: "%.1f", seconds)) s)")
                case let .skipped(stage, reason):
                    display.finish("\(stage.rawValue): skipped, \(reason)")
                case let .log(line):
                    display.finish("  " + line)
                }
            }.run()
        } catch let failure as BatchRun.Failure {
            display.finish("")
            printError(failure.description)
            throw ExitCode.failure
        }
    }
}

extension BatchRun.Stage: ExpressibleByArgument {}

/// A progress line with a bar, the rate and the time left (when the total is known).
struct RateMeter {
    private var step = ""
    private var started = Date()

    mutating func line(_ progress: StageProgress) -> String {
        if progress.step != step {
            step = progress.step
            started = Date()
        }
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(progress.done) / seconds
        var text = "\(progress.stage) · \(progress.step) "
        if let total = progress.total, total > 0 {
            let filled = min(20, progress.done * 20 / total)
            text += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "] "
            text += "\(progress.done)/\(total) \(progress.unit), \(Int(rate))/s"
            if rate > 0 { text += ", \(RateMeter.clock(Double(total - progress.done) / rate)) left" }
        } else {
            text += "\(progress.done) \(progress.unit), \(Int(rate))/s"
        }
        return text
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
