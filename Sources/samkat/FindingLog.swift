import MARC

#if canImport(Glibc)
import Glibc
#endif

/// Prints findings and summaries to standard error, so standard output stays clean for records.
final class FindingLog {
    let quiet: Bool
    private(set) var counts: [String: Int] = [:]

    init(quiet: Bool) { self.quiet = quiet }

    func report(_ finding: Finding) {
        counts[finding.rule, default: 0] += 1
        if !quiet { printError(finding.description) }
    }

    func report(_ findings: [Finding]) { findings.forEach(report) }

    func summary(_ line: String) {
        printError(line)
        for (rule, count) in counts.sorted(by: { $0.key < $1.key }) { printError("  \(rule): \(count)") }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) { writeStandardError(line + "\n") }

/// Writes text to standard error as it is, unbuffered.
func writeStandardError(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
