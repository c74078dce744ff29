import Foundation
import MARC

/// One row of a table dump whose values match the spec's columns.
///
/// A value that does not read as its column's type is reported in `findings` when the row is read; typed
/// access (`int`, `decimal`, `date`, `bool`) then gives nil for it, as for an empty value, while `string`
/// still gives the text as it stands, so nothing read is lost. Unknown column names read as nil: check them
/// once with `TableSpec.require` before reading.
public struct TableRow: Sendable {
    public let spec: TableSpec
    /// 1-based number of the row among the data rows (rejected ones counted), as findings name it.
    public let rowNumber: Int
    /// 1-based physical line where the row starts.
    public let line: Int
    /// Offset of the row's first byte in the file.
    public let byteOffset: Int
    /// The values in the spec's column order, as read (unquoted, unescaped).
    public let values: [String]
    /// Problems with single values: type, length, bytes that did not decode.
    public internal(set) var findings: [Finding]
    /// Positions whose value failed its column's type check.
    let invalid: Set<Int>

    /// The text of a column; nil when empty or the column is not in the spec.
    public subscript(column: String) -> String? { string(column) }

    /// The text of a column, even where it failed its type check; nil when empty or the column is unknown.
    public func string(_ column: String) -> String? {
        guard let index = spec.index(of: column), !values[index].isEmpty else { return nil }
        return values[index]
    }

    public func int(_ column: String) -> Int? { typed(column, ValueParsing.int) }

    /// `199,50`, `199.50`, `199:-`.
    public func decimal(_ column: String) -> Decimal? { typed(column, ValueParsing.decimal) }

    /// `2017-03-01`, `2017-03-01 00:00:00`, `20170301`.
    public func date(_ column: String) -> CalendarDate? { typed(column, ValueParsing.date) }

    /// A bit column: 0/1, True/False.
    public func bool(_ column: String) -> Bool? { typed(column, ValueParsing.bool) }

    private func typed<T>(_ column: String, _ parse: (Substring) -> T?) -> T? {
        guard let index = spec.index(of: column), !invalid.contains(index) else { return nil }
        let value = values[index]
        guard !value.isBlank else { return nil }
        return parse(Substring(value))
    }
}

/// A row that could not be matched to the spec's columns, kept with its text so nothing read is lost.
public struct RejectedRow: Sendable {
    public let rowNumber: Int
    public let line: Int
    public let byteOffset: Int
    /// Bytes from the row's first byte through its line end.
    public let byteLength: Int
    /// The row as it stands in the file (delimiters and quotes included), without its line end.
    public let rawText: String
    /// The values as cut, however many there were.
    public let values: [String]
    /// Why the row was rejected, then any problems with its bytes.
    public let findings: [Finding]
}

/// What a table dump reader yields for each row.
public enum TableDumpResult: Sendable {
    case row(TableRow)
    case rejected(RejectedRow)

    public var findings: [Finding] {
        switch self {
        case .row(let row): row.findings
        case .rejected(let row): row.findings
        }
    }

    public var line: Int {
        switch self {
        case .row(let row): row.line
        case .rejected(let row): row.line
        }
    }

    public var row: TableRow? { if case .row(let row) = self { row } else { nil } }
    public var rejected: RejectedRow? { if case .rejected(let row) = self { row } else { nil } }
}
