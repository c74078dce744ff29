/// How a table dump is written: encoding, delimiter, quoting, escaping and header rows.
public struct DumpFormat: Hashable, Sendable {
    public enum Encoding: String, Hashable, Sendable, CaseIterable {
        /// A byte order mark decides; else UTF-16 when every other byte of the first KB is mostly zero; else
        /// UTF-8 when the first non-ASCII bytes form UTF-8; else Latin-1 (Windows-1252).
        case auto
        case utf16le, utf16be, utf8
        /// ISO 8859-1 as Windows writes it (Windows-1252).
        case latin1
    }

    public var encoding: Encoding
    /// Separates values; any string (`"\t"`, `"|"`, `"!*!"`). Must not be empty.
    public var delimiter: String
    /// Opens and closes a quoted value when it is the value's first character; doubled inside quotes it
    /// stands for itself.
    public var quote: Character?
    /// Makes the next character literal: a delimiter, quote, escape or line break.
    public var escape: Character?
    /// Physical lines skipped at the start (after any byte order mark), before the first row.
    public var headerRows: Int

    public init(encoding: Encoding = .auto, delimiter: String = "\t", quote: Character? = "\"", escape: Character? = nil,
                headerRows: Int = 0) {
        precondition(!delimiter.isEmpty, "a dump's delimiter cannot be empty")
        self.encoding = encoding
        self.delimiter = delimiter
        self.quote = quote
        self.escape = escape
        self.headerRows = headerRows
    }

    /// Libra.se tables: UTF-16LE with a byte order mark (detected), tab, `"` quotes, 2 header rows as seen in
    /// 2017. Dumps differ: pass the header row count the files at hand have.
    public static func libra(headerRows: Int = 2) -> DumpFormat {
        DumpFormat(encoding: .auto, delimiter: "\t", quote: "\"", escape: nil, headerRows: headerRows)
    }

    /// Libra.se tables: UTF-16LE with a byte order mark (detected), tab, `"` quotes, 2 header rows.
    public static var libra: DumpFormat { libra() }

    /// Older Libra dumps, which separated values with `!*!`.
    public static func libraOld(headerRows: Int = 2) -> DumpFormat {
        DumpFormat(encoding: .auto, delimiter: "!*!", quote: "\"", escape: nil, headerRows: headerRows)
    }

    /// BOOK-IT tables: Latin-1, `|`, `"` quotes, `\` escapes, 1 header row.
    public static var bookit: DumpFormat {
        DumpFormat(encoding: .latin1, delimiter: "|", quote: "\"", escape: "\\", headerRows: 1)
    }
}
