/// A data problem worth telling a librarian about: where it is, which rule raised it, and what it means.
/// Findings never stop a run; thrown errors do.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        case info, warning, error
        private var rank: Int { Severity.allCases.firstIndex(of: self)! }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// A stable rule name, `area.rule` (`iso2709.record-length`, `charset.undecodable`).
    public var rule: String
    public var message: String
    public var location: RecordLocation?
    /// The field the finding is about, when there is one.
    public var tag: Tag?

    public init(_ severity: Severity, _ rule: String, _ message: String, at location: RecordLocation? = nil, tag: Tag? = nil) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.tag = tag
    }

    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        if let tag { parts.append("field \(tag)") }
        parts.append("\(severity.rawValue) [\(rule)] \(message)")
        return parts.joined(separator: ": ")
    }
}

/// Where a record sits in its input: file, 1-based record number, and byte offset of its first byte
/// (-1 when only the line is known, as for a table row).
public struct RecordLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var recordNumber: Int
    public var byteOffset: Int
    /// 1-based line number, for line-oriented formats.
    public var line: Int?

    public init(file: String, recordNumber: Int, byteOffset: Int, line: Int? = nil) {
        self.file = file
        self.recordNumber = recordNumber
        self.byteOffset = byteOffset
        self.line = line
    }

    /// A row of a table file, known by its line only.
    public static func row(file: String, line: Int) -> RecordLocation {
        RecordLocation(file: file, recordNumber: line, byteOffset: -1, line: line)
    }

    public var description: String {
        if byteOffset < 0 { return "\(file): line \(line ?? recordNumber)" }
        var text = "\(file): record \(recordNumber) at byte \(byteOffset)"
        if let line { text += " (line \(line))" }
        return text
    }
}
