/// A record read from an input, with what the reader learned on the way.
public struct ReadRecord: Sendable {
    public var record: Record
    public var location: RecordLocation
    /// The character set the record's text was decoded from.
    public var encoding: DetectedEncoding
    /// Repairs made and bytes that could not be decoded, for this record only.
    public var findings: [Finding]

    public init(record: Record, location: RecordLocation, encoding: DetectedEncoding, findings: [Finding] = []) {
        self.record = record
        self.location = location
        self.encoding = encoding
        self.findings = findings
    }
}

/// A record that could not be read at all. It costs only itself: the reader goes on with the next one.
public struct UnreadableRecord: Error, Sendable, CustomStringConvertible {
    public var location: RecordLocation
    public var reason: String
    /// The record's original bytes, kept for inspection.
    public var rawBytes: [UInt8]

    public init(location: RecordLocation, reason: String, rawBytes: [UInt8]) {
        self.location = location
        self.reason = reason
        self.rawBytes = rawBytes
    }

    public var description: String { "\(location): unreadable record: \(reason)" }
}

/// One result per record: the record, or why it could not be read.
public typealias RecordResult = Result<ReadRecord, UnreadableRecord>

/// A streaming reader: memory stays flat whatever the input size.
/// `next()` throws only when the input itself fails (I/O); a bad record is a `.failure` result.
public protocol RecordReader {
    mutating func next() throws -> RecordResult?
    /// True when the reader already does part of its work on a thread of its own (the MARCXML reader parses
    /// there): a `PrefetchingReader` around it would only add a third busy thread on a two-core machine.
    var parsesOnItsOwnThread: Bool { get }
}

extension RecordReader {
    public var parsesOnItsOwnThread: Bool { false }
}

extension RecordReader {
    /// Reads everything left. For tests and small inputs; streaming callers loop over `next()`.
    public mutating func readAll() throws -> [RecordResult] {
        var results: [RecordResult] = []
        while let result = try next() { results.append(result) }
        return results
    }
}

/// Writes records to an output. `finish()` completes the output (a closing tag) and closes it, so the file
/// appears under its final name only when whole.
public protocol RecordWriter {
    mutating func write(_ record: Record) throws
    mutating func finish() throws
    /// What the writer had to change to write valid output (each change named, never silent).
    var findings: [Finding] { get }
}

extension RecordWriter {
    public var findings: [Finding] { [] }
}
