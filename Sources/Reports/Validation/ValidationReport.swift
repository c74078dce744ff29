import MARC

/// Where validation findings go, one at a time as they are found, so a million-record file never holds its
/// findings in memory: text (one line each), CSV (one row each) or JSON (one object with the findings and the
/// summary).
public protocol ValidationReport {
    mutating func write(_ finding: ValidationFinding) throws
    /// Completes the output (the JSON summary) and closes it.
    mutating func finish(_ summary: ValidationSummary) throws
}

/// The forms `samkat validate --format` writes.
public enum ValidationReportFormat: String, Sendable, CaseIterable {
    case text, json, csv

    public func report(to output: ByteOutput) -> any ValidationReport {
        switch self {
        case .text: TextValidationReport(output: output)
        case .csv: CSVValidationReport(output: output)
        case .json: JSONValidationReport(output: output)
        }
    }
}

/// One line per finding: `a.mrc: record 12 (001 abc) at byte 3456: field 952 $p: error [koha.barcode-duplicate] …`.
public struct TextValidationReport: ValidationReport {
    let output: ByteOutput

    public mutating func write(_ finding: ValidationFinding) throws {
        try output.write((finding.description + "\n").utf8)
    }

    public mutating func finish(_ summary: ValidationSummary) throws { try output.close() }
}

/// A header row, then one row per finding: for spreadsheets and for CI to filter.
public struct CSVValidationReport: ValidationReport {
    static let columns = ["severity", "rule", "file", "record", "byte", "line", "001", "field", "subfield", "message"]
    let output: ByteOutput
    private var started = false

    init(output: ByteOutput) { self.output = output }

    public mutating func write(_ finding: ValidationFinding) throws {
        try start()
        let location = finding.location
        try output.write(CSV.line([
            finding.severity.rawValue, finding.rule, location?.file ?? "",
            location.map { String($0.recordNumber) } ?? "",
            location.flatMap { $0.byteOffset >= 0 ? String($0.byteOffset) : nil } ?? "",
            location?.line.map(String.init) ?? "", finding.controlNumber ?? "",
            finding.tag?.description ?? "", finding.code.map { String(UnicodeScalar($0)) } ?? "", finding.message,
        ]).utf8)
    }

    public mutating func finish(_ summary: ValidationSummary) throws {
        try start()
        try output.close()
    }

    private mutating func start() throws {
        guard !started else { return }
        started = true
        try output.write(CSV.line(CSVValidationReport.columns).utf8)
    }
}
