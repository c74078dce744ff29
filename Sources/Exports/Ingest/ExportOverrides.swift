import MARC

/// How one export differs from what its system usually writes (`encoding`, `delimiter`, `header_rows` in
/// the batch file). Unset values keep the system's preset.
public struct ExportOverrides: Sendable, Equatable {
    /// The catalogue's character set; `.auto` decides per record.
    public var catalogueEncoding: EncodingChoice
    public var tableEncoding: DumpFormat.Encoding?
    public var delimiter: String?
    public var headerRows: Int?

    public init(catalogueEncoding: EncodingChoice = .auto, tableEncoding: DumpFormat.Encoding? = nil,
                delimiter: String? = nil, headerRows: Int? = nil) {
        self.catalogueEncoding = catalogueEncoding
        self.tableEncoding = tableEncoding
        self.delimiter = delimiter
        self.headerRows = headerRows
    }

    /// The batch file's overrides. Its one `encoding` names a character set both the catalogue reader and the
    /// table reader may know (`latin1`, `utf8`); each takes it where it knows the name.
    public init(export: BatchFile.Export) {
        self.init(catalogueEncoding: export.encoding.flatMap(EncodingChoice.init(rawValue:)) ?? .auto,
                  tableEncoding: export.encoding.flatMap(DumpFormat.Encoding.init(rawValue:)),
                  delimiter: export.delimiter, headerRows: export.headerRows)
    }

    /// `preset` with these overrides applied.
    public func applied(to preset: DumpFormat) -> DumpFormat {
        var format = preset
        if let tableEncoding { format.encoding = tableEncoding }
        if let delimiter, !delimiter.isEmpty { format.delimiter = delimiter }
        if let headerRows { format.headerRows = headerRows }
        return format
    }
}
