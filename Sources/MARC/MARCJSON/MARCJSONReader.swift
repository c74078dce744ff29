/// Reads MARC-in-JSON (pymarc's `to_json`, Libris, public datasets such as HathiTrust's): JSON Lines with one
/// record a line, a JSON array of records, or records pretty-printed over many lines.
///
/// Streaming: `JSONObjectFramer` cuts the input into top-level objects with a byte scanner, holding one object at
/// a time; each object is then parsed by `JSONSerialization` and turned into a record by
/// `MARCJSONRecordDecoder`. A malformed object, or text between objects, is a `.failure` with its location and
/// raw bytes, and reading goes on with the next object. JSON is UTF-8; raw non-UTF-8 bytes inside strings are
/// read as Latin-1 when the object holds no UTF-8 at all, else each stands as U+FFFD with a finding.
public struct MARCJSONReader: RecordReader {
    private var framer: JSONObjectFramer
    private let name: String
    private var recordNumber = 0

    public init(source: any ByteSource) {
        framer = JSONObjectFramer(source: source)
        name = source.name
    }

    public mutating func next() throws -> RecordResult? {
        guard let frame = try framer.next() else { return nil }
        recordNumber += 1
        let location = RecordLocation(file: name, recordNumber: recordNumber, byteOffset: frame.offset, line: frame.line)
        return MARCJSONRecordDecoder(location: location).decode(frame)
    }
}
