/// What stops the Exports module: configuration it cannot read, files it cannot open.
/// Problems in the data itself are `Finding`s, never errors.
public enum ExportsError: Error, Equatable, CustomStringConvertible {
    /// A spec line that is not `name<TAB>type[<TAB>length | key unique | index]`.
    case unreadableSpecLine(file: String, line: Int, text: String, reason: String)
    /// A spec without a single column.
    case emptySpec(file: String)
    /// Columns a caller needs that the spec does not have.
    case missingColumns(file: String, columns: [String])
    /// The file could not be opened or read.
    case cannotRead(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableSpecLine(let file, let line, let text, let reason):
            "\(file): line \(line): cannot read spec line \"\(text)\": \(reason); expected column name, tab, type, and optionally tab and a length, `key unique` or `index`"
        case .emptySpec(let file):
            "\(file): the spec lists no columns; check that it is the right file"
        case .missingColumns(let file, let columns):
            "\(file): the spec has no column \(columns.joined(separator: ", ")); check the spec against the export"
        case .cannotRead(let file, let reason):
            "\(file): cannot read: \(reason)"
        }
    }
}
