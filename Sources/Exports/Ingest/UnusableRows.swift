import Foundation
import MARC

/// Rows the reader matched to the spec but an adapter could not use (a copy without IdItem). The reader
/// hands out values, not text, so the row's text is read back from the file once the table is done: from the
/// row's first byte to the next row's, line end trimmed, decoded in the dump's encoding. Only the few such
/// rows are held, never the table.
struct UnusableRows {
    struct Row {
        var line: Int
        var byteOffset: Int
        var end: Int?
        var reason: String
        var text = ""
    }

    let file: String
    private var rows: [Row] = []

    init(file: String) { self.file = file }

    mutating func keep(line: Int, byteOffset: Int, reason: String) {
        rows.append(Row(line: line, byteOffset: byteOffset, reason: reason))
    }

    /// A row starts at `offset`: the last kept row (if still open) ends there.
    mutating func next(startsAt offset: Int) {
        if let last = rows.indices.last, rows[last].end == nil, offset > rows[last].byteOffset { rows[last].end = offset }
    }

    /// The kept rows with their text, in file order.
    func recover(encoding: TextEncoding) throws -> [Row] {
        guard !rows.isEmpty else { return [] }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw ExportsError.cannotRead(file: file, reason: "cannot reopen the dump to quote its unusable rows")
        }
        defer { try? handle.close() }
        return try rows.map { row in
            var row = row
            try handle.seek(toOffset: UInt64(row.byteOffset))
            let data = try row.end.map { try handle.read(upToCount: $0 - row.byteOffset) } ?? handle.readToEnd()
            row.text = Self.decode(Array(data ?? Data()), encoding)
            return row
        }
    }

    static func decode(_ bytes: [UInt8], _ encoding: TextEncoding) -> String {
        var decoder = ScalarDecoder(encoding)
        var scalars = String.UnicodeScalarView()
        var index = 0
        loop: while true {
            switch decoder.next(bytes, at: index, end: bytes.count, atEnd: true) {
            case .scalar(let scalar, let length):
                scalars.append(scalar)
                index += length
            case .undecodable(let length):
                scalars.append("\u{FFFD}")
                index += length
            case .needMore:
                break loop
            }
        }
        while let last = scalars.last, last == "\r" || last == "\n" { scalars.removeLast() }
        return String(scalars)
    }
}
