import MARC

/// What one validation found, counted: files, records read (unreadable ones among them), findings by severity
/// and by rule.
public struct ValidationSummary: Sendable, Equatable {
    public var files = 0
    public var records = 0
    public var unreadable = 0
    public var bySeverity: [Finding.Severity: Int] = [:]
    public var byRule: [String: Int] = [:]

    public init() {}

    mutating func count(_ finding: ValidationFinding) {
        bySeverity[finding.severity, default: 0] += 1
        byRule[finding.rule, default: 0] += 1
    }

    public var errors: Int { bySeverity[.error] ?? 0 }
    public var warnings: Int { bySeverity[.warning] ?? 0 }
    public var infos: Int { bySeverity[.info] ?? 0 }

    /// `validated 2 files: 1000 records read (1 unreadable); 3 errors, 12 warnings, 0 info`.
    public var line: String {
        let files = "\(self.files) file\(self.files == 1 ? "" : "s")"
        return "validated \(files): \(records) records read (\(unreadable) unreadable); \(errors) "
            + "error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(infos) info"
    }

    /// The rules that found anything, sorted by id, with their counts.
    public var rules: [(rule: String, count: Int)] { byRule.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
}
