/// Reads line-MARC: Libra's `exportCat.txt`, or the human format `LineMARCWriter` writes. A file is one or the
/// other, decided by its first field line (`*…` is Libra, `=…` is the human format).
///
/// Libra's format, one field a line (CRLF or LF):
/// ```
/// *000<24-byte leader>
/// *001<value>
/// *24510$aTitel$bundertitel
/// ```
/// A line ending in `^` goes on in the next line (the two are joined with nothing between), except that a `^`
/// at the end of a record's last line (before the next `*000`, or at the end of the input) ends the record.
/// Lines starting `**` are comments and are skipped. The reader is lenient about blanks around the indicators
/// and missing indicators, and every assumption is a finding on the record (see `LineFieldParser`, which also
/// says how a `$` inside data is read: Libra has no escape, so `$` before anything but a lower-case letter or
/// digit stays literal).
///
/// The human format is MarcEdit's mnemonic layout: `=LDR  <leader>`, `=001  value`, `=245  10$aTitel`, with
/// `\` for a blank indicator (and for blanks in the leader and control fields), records separated by blank
/// lines, brace mnemonics for `$` and friends (`LineMARCMnemonics`).
///
/// Records are framed from the lines first, a new record starting at each leader line (and, in the human format,
/// after a blank line); only the current record's lines are held in memory. A record with no leader and no field
/// lines is a `.failure` with its raw bytes, and reading goes on. Each record's text is decoded by `TextDecoder`,
/// which decides UTF-8, MARC-8 or Latin-1 per record.
public struct LineMARCReader: RecordReader {
    private var lines: LineSplitter
    private let name: String
    private var decoder: TextDecoder
    private var format: LineMARCFormat?
    /// A leader line already read: the first line of the next record.
    private var pending: PhysicalLine?
    private var recordNumber = 0

    public init(source: any ByteSource, encoding: EncodingChoice = .auto) {
        lines = LineSplitter(source: source)
        name = source.name
        decoder = TextDecoder(choice: encoding)
    }

    public mutating func next() throws -> RecordResult? {
        while true {
            guard let recordLines = try frame() else { return nil }
            guard let first = recordLines.first(where: isContent) else { continue }
            recordNumber += 1
            let location = RecordLocation(file: name, recordNumber: recordNumber, byteOffset: first.offset, line: first.number)
            let parser = LineRecordParser(format: format ?? .libra, location: location)
            return parser.parse(recordLines, decoder: &decoder)
        }
    }

    /// The lines of the next record, or nil at the end of the input. May hold only blank and comment lines.
    private mutating func frame() throws -> [PhysicalLine]? {
        var record: [PhysicalLine] = []
        var hasContent = false
        if let pending {
            record.append(pending)
            hasContent = true
            self.pending = nil
        }
        while let line = try lines.next() {
            if format == nil { format = LineMARCFormat.detect(line.bytes) }
            if let format {
                if format.isLeaderLine(line.bytes) && hasContent {
                    pending = line
                    return record
                }
                if format == .human && line.isBlank && hasContent { return record }
            }
            record.append(line)
            hasContent = hasContent || isContent(line)
        }
        return record.isEmpty ? nil : record
    }

    private func isContent(_ line: PhysicalLine) -> Bool { !line.isBlank && !LineMARCFormat.isJunk(line.bytes) }
}
