/// One row cut from a dump, before it is checked against the spec.
struct FramedRow {
    var fields: [String]
    /// The row as it stands in the file, delimiters and quotes included, without its line end, as UTF-8.
    var raw: [UInt8]
    /// `raw` as text; made only for the rows that need it (rejected ones).
    var rawText: String { String(decoding: raw, as: UTF8.self) }
    /// 1-based physical line where the row starts.
    var line: Int
    /// Byte offset of the row's first byte, and its length with the line end.
    var byteOffset: Int
    var byteLength: Int
    /// Characters that did not decode: the value they fell in, and their byte offset and bytes.
    var undecodable: [(field: Int, byteOffset: Int, bytes: [UInt8])] = []
    /// A quote opened and never closed before the end of the input.
    var unterminatedQuote = false
    /// The last physical line the row touches.
    var lastLine: Int
}

/// Cuts decoded characters into rows and values: delimiters of any length, quoted values with delimiters, line
/// breaks and doubled quotes inside, escapes, CRLF or LF. It sees one character at a time, so how the input was
/// chunked cannot change what it cuts. Values and the row's text are kept as UTF-8 bytes, which is the
/// same text as the characters they encode: a string is made once per value, when the value ends.
struct RowFramer {
    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, escapedUnquoted, escapedQuoted }

    private let delimiter: [Unicode.Scalar]
    /// The delimiter as UTF-8; its first byte starts a character, so a byte suffix match is a character match.
    private let delimiterUTF8: [UInt8]
    /// The delimiter when it is one character, the common case.
    private let singleDelimiter: Unicode.Scalar?
    private let quote: Unicode.Scalar?
    private let escape: Unicode.Scalar?
    private var headerLinesLeft: Int

    private var state = State.fieldStart
    private var field: [UInt8] = []
    /// How many characters at the end of `field` were read outside quotes and unescaped: only they can be a
    /// delimiter or a CR before the line feed.
    private var plainRun = 0
    /// An escaped CR: the LF after it belongs to the value too.
    private var escapedCR = false
    private var fields: [String] = []
    private var raw: [UInt8] = []
    /// The row being cut: whether one has started, where, and how far it reaches. Kept in plain variables
    /// (not an optional `FramedRow`) because they change with every character.
    private var inRow = false
    private var rowLine = 0
    private var rowOffset = 0
    private var rowEnd = 0
    private var rowLastLine = 0
    private var rowUndecodable: [(field: Int, byteOffset: Int, bytes: [UInt8])] = []
    /// The physical line of the next character.
    private var line = 1
    /// Rows cut and not yet taken.
    private(set) var completed: [FramedRow] = []
    private(set) var blankLines = 0
    private(set) var headerLinesSkipped = 0

    init(format: DumpFormat) {
        delimiter = Array(format.delimiter.unicodeScalars)
        delimiterUTF8 = Array(format.delimiter.utf8)
        singleDelimiter = delimiter.count == 1 ? delimiter[0] : nil
        quote = format.quote.map { $0.unicodeScalars.first! }
        escape = format.escape.map { $0.unicodeScalars.first! }
        headerLinesLeft = format.headerRows
    }

    var hasCompleted: Bool { !completed.isEmpty }

    mutating func takeCompleted() -> FramedRow? {
        completed.isEmpty ? nil : completed.removeFirst()
    }

    /// One decoded character; `undecodable` holds the bytes when the character is a U+FFFD standing for them.
    mutating func consume(_ scalar: Unicode.Scalar, at offset: Int, length: Int, undecodable: [UInt8]? = nil) {
        defer { if scalar == "\n" { line += 1 } }
        if headerLinesLeft > 0 {
            if scalar == "\n" { headerLinesLeft -= 1; headerLinesSkipped += 1 }
            return
        }
        if !inRow {
            inRow = true
            rowLine = line
            rowOffset = offset
        }
        rowEnd = offset + length
        rowLastLine = line
        if let undecodable { rowUndecodable.append((fields.count, offset, undecodable)) }
        if scalar != "\n" || state == .quoted || state == .escapedQuoted || state == .escapedUnquoted || escapedCR {
            Self.append(scalar, to: &raw)
        }
        take(scalar)
    }

    private mutating func take(_ scalar: Unicode.Scalar) {
        switch state {
        case .fieldStart:
            if scalar == quote { state = .quoted; return }
            state = .unquoted
            take(scalar)
        case .unquoted:
            if escapedCR && scalar == "\n" { escapedCR = false; append(scalar, plain: false); return }
            escapedCR = false
            if scalar == escape { state = .escapedUnquoted; return }
            if scalar == "\n" { endRow(); return }
            append(scalar, plain: true)
            if let singleDelimiter {
                if scalar == singleDelimiter {
                    field.removeLast(delimiterUTF8.count)
                    endField()
                }
            } else if plainRun >= delimiter.count && field.count >= delimiterUTF8.count
                        && field.suffix(delimiterUTF8.count).elementsEqual(delimiterUTF8) {
                field.removeLast(delimiterUTF8.count)
                endField()
            }
        case .quoted:
            if escapedCR && scalar == "\n" { escapedCR = false; append(scalar, plain: false); return }
            escapedCR = false
            if scalar == quote { state = .quoteInQuoted; return }
            if scalar == escape { state = .escapedQuoted; return }
            append(scalar, plain: false)
        case .quoteInQuoted:
            if scalar == quote { append(scalar, plain: false); state = .quoted; return }
            // The quote closed the value; anything after it up to the delimiter is read as plain text.
            state = .unquoted
            take(scalar)
        case .escapedUnquoted, .escapedQuoted:
            append(scalar, plain: false)
            escapedCR = scalar == "\r"
            state = state == .escapedQuoted ? .quoted : .unquoted
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, plain: Bool) {
        Self.append(scalar, to: &field)
        plainRun = plain ? plainRun + 1 : 0
    }

    /// Appends a character's UTF-8 bytes.
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            for byte in UTF8.encode(scalar)! { bytes.append(byte) }
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        plainRun = 0
        state = .fieldStart
    }

    private mutating func endRow(unterminatedQuote: Bool = false) {
        if plainRun > 0 && field.last == 0x0D { field.removeLast() }
        if raw.last == 0x0D && !unterminatedQuote { raw.removeLast() }
        let blank = fields.isEmpty && field.isEmpty && raw.isEmpty
        endField()
        defer {
            fields.removeAll(keepingCapacity: true)
            raw.removeAll(keepingCapacity: true)
            escapedCR = false
            rowUndecodable = []
            inRow = false
        }
        if blank { blankLines += 1; return }
        var done = FramedRow(fields: [], raw: [], line: rowLine, byteOffset: rowOffset, byteLength: rowEnd - rowOffset,
                             lastLine: rowLastLine)
        done.undecodable = rowUndecodable
        done.fields = fields
        done.raw = raw
        done.unterminatedQuote = unterminatedQuote
        completed.append(done)
    }

    /// The input has ended: the last row needs no line end; a quote still open makes it unterminated.
    mutating func finish() {
        guard inRow else { return }
        switch state {
        case .quoted, .escapedQuoted: endRow(unterminatedQuote: true)
        case .escapedUnquoted:
            Self.append(escape!, to: &field)
            endRow()
        default: endRow()
        }
    }
}
