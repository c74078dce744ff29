import MARC

/// `{"findings": [{…}, …], "summary": {…}}`, written as the findings come: each finding an object with
/// `severity`, `rule`, `message` and, when known, `file`, `record`, `byte`, `line`, `controlNumber`, `field`,
/// `subfield`.
public struct JSONValidationReport: ValidationReport {
    let output: ByteOutput
    private var count = 0

    init(output: ByteOutput) { self.output = output }

    public mutating func write(_ finding: ValidationFinding) throws {
        var members: [(String, String)] = [
            ("severity", JSONValidationReport.string(finding.severity.rawValue)),
            ("rule", JSONValidationReport.string(finding.rule)),
        ]
        if let location = finding.location {
            members.append(("file", JSONValidationReport.string(location.file)))
            members.append(("record", String(location.recordNumber)))
            if location.byteOffset >= 0 { members.append(("byte", String(location.byteOffset))) }
            if let line = location.line { members.append(("line", String(line))) }
        }
        if let controlNumber = finding.controlNumber { members.append(("controlNumber", JSONValidationReport.string(controlNumber))) }
        if let tag = finding.tag { members.append(("field", JSONValidationReport.string(tag.description))) }
        if let code = finding.code { members.append(("subfield", JSONValidationReport.string(String(UnicodeScalar(code))))) }
        members.append(("message", JSONValidationReport.string(finding.message)))
        let object = JSONValidationReport.object(members)
        try output.write(((count == 0 ? "{\"findings\":[\n" : ",\n") + object).utf8)
        count += 1
    }

    public mutating func finish(_ summary: ValidationSummary) throws {
        let bySeverity = Finding.Severity.allCases.reversed().map { ($0.rawValue, String(summary.bySeverity[$0] ?? 0)) }
        let byRule = summary.rules.map { ($0.rule, String($0.count)) }
        let summaryObject = JSONValidationReport.object([
            ("files", String(summary.files)), ("records", String(summary.records)), ("unreadable", String(summary.unreadable)),
            ("findings", JSONValidationReport.object(bySeverity)), ("rules", JSONValidationReport.object(byRule)),
        ])
        try output.write(((count == 0 ? "{\"findings\":[" : "\n") + "],\n\"summary\":" + summaryObject + "}\n").utf8)
        try output.close()
    }

    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
