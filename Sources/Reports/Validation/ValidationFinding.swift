import MARC

/// One finding of `samkat validate`: severity, rule, and where (file, record number with its 001 when it has
/// one, byte offset or line, field and subfield), with a message a librarian can act on.
public struct ValidationFinding: Hashable, Sendable, CustomStringConvertible {
    public var severity: Finding.Severity
    public var rule: String
    public var message: String
    public var location: RecordLocation?
    /// The record's 001, when it has one.
    public var controlNumber: String?
    public var tag: Tag?
    /// The subfield code, when the finding is about one subfield.
    public var code: UInt8?

    public init(_ rule: ValidationRule, _ message: String, at location: RecordLocation?, controlNumber: String?,
                tag: Tag? = nil, code: UInt8? = nil) {
        severity = rule.severity
        self.rule = rule.id
        self.message = message
        self.location = location
        self.controlNumber = controlNumber
        self.tag = tag
        self.code = code
    }

    /// A reader's finding, passed through with its own rule id and severity.
    public init(_ finding: Finding, controlNumber: String?) {
        severity = finding.severity
        rule = finding.rule
        message = finding.message
        location = finding.location
        self.controlNumber = controlNumber
        tag = finding.tag
        code = nil
    }

    /// `$p` for a subfield code, `""` when there is none.
    public var subfieldText: String { code.map { "$" + String(UnicodeScalar($0)) } ?? "" }

    /// `file: record 12 (001 abc) at byte 3456`, as much as is known.
    public var placeText: String {
        guard let location else { return "" }
        if location.byteOffset < 0, controlNumber == nil { return location.description }
        var text = "\(location.file): record \(location.recordNumber)"
        if let controlNumber { text += " (001 \(controlNumber))" }
        if location.byteOffset >= 0 { text += " at byte \(location.byteOffset)" }
        if let line = location.line { text += location.byteOffset >= 0 ? " (line \(line))" : " line \(line)" }
        return text
    }

    /// One line: `a.mrc: record 12 (001 abc) at byte 3456: field 952 $p: error [koha.barcode-duplicate] …`.
    public var description: String {
        var parts: [String] = []
        let place = placeText
        if !place.isEmpty { parts.append(place) }
        if let tag { parts.append(code == nil ? "field \(tag)" : "field \(tag) \(subfieldText)") }
        parts.append("\(severity.rawValue) [\(rule)] \(message)")
        return parts.joined(separator: ": ")
    }
}
