import MARC

/// The findings of one record as its rules add them: each knows the record's place and 001.
struct RecordFindings {
    let location: RecordLocation?
    let controlNumber: String?
    private(set) var findings: [ValidationFinding] = []

    init(location: RecordLocation?, controlNumber: String?) {
        self.location = location
        self.controlNumber = controlNumber
    }

    mutating func add(_ rule: ValidationRule, _ message: String, tag: Tag? = nil, code: UInt8? = nil) {
        findings.append(ValidationFinding(rule, message, at: location, controlNumber: controlNumber, tag: tag, code: code))
    }

    mutating func pass(_ finding: Finding) {
        findings.append(ValidationFinding(finding, controlNumber: controlNumber))
    }
}

extension UInt8 {
    /// The byte as a character for messages: `a`, or `0x1B` when it is not printable ASCII.
    var shown: String {
        self >= 0x20 && self < 0x7F ? String(UnicodeScalar(self)) : "0x" + String(self, radix: 16, uppercase: true)
    }
}
