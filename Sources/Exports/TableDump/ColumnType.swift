/// A column's type as a spec names it, folded into the kinds the reader checks values against.
public enum ColumnType: Hashable, Sendable, CustomStringConvertible {
    case int, smallint, bigint
    /// `bit`, `bool`, `boolean`: 0/1, True/False.
    case bit
    /// `decimal`, `numeric`, `money`, `real`, `float`, `double`.
    case decimal
    case date, datetime, time
    /// `char`, `varchar`, `nchar`, `nvarchar`, `text`, `ntext`.
    case string
    case uniqueidentifier
    /// A type the reader does not know; its values are read as text and never checked.
    case other(String)

    /// Folds a spec's type word (any case; `varchar(50)` style lengths are cut off by the caller).
    public init(specWord: String) {
        switch specWord.lowercased() {
        case "int", "integer", "tinyint": self = .int
        case "smallint": self = .smallint
        case "bigint": self = .bigint
        case "bit", "bool", "boolean": self = .bit
        case "decimal", "numeric", "money", "smallmoney", "real", "float", "double": self = .decimal
        case "date": self = .date
        case "datetime", "datetime2", "smalldatetime", "timestamp": self = .datetime
        case "time": self = .time
        case "char", "varchar", "nchar", "nvarchar", "text", "ntext", "string": self = .string
        case "uniqueidentifier", "guid", "uuid": self = .uniqueidentifier
        default: self = .other(specWord)
        }
    }

    /// Whether values are whole numbers.
    public var isInteger: Bool { self == .int || self == .smallint || self == .bigint }

    public var description: String {
        switch self {
        case .int: "int"
        case .smallint: "smallint"
        case .bigint: "bigint"
        case .bit: "bit"
        case .decimal: "decimal"
        case .date: "date"
        case .datetime: "datetime"
        case .time: "time"
        case .string: "text"
        case .uniqueidentifier: "uniqueidentifier"
        case .other(let word): word
        }
    }
}
