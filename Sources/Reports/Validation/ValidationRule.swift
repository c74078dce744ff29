import MARC

/// One rule `samkat validate` checks: a stable id (`kind.rule`, the kind `structure`, `content` or `koha`), its
/// severity, and what it asks for in one sentence. Each rule is declared beside the code that raises it
/// (`StructureRules`, `ContentRules`, `KohaRules`); `all` lists them for the documentation and the tests.
///
/// Severities: an **error** is something Koha would refuse or get wrong (a record that fails to import, an
/// item that breaks circulation); a **warning** is bad data Koha takes as it is; **info** is worth knowing.
/// The readers' own findings (`iso2709.…`, `marcxml.…`, `charset.…`) pass through with their ids and
/// severities: they say what was repaired on reading, so the file as written is not what Koha would see.
public struct ValidationRule: Hashable, Sendable {
    public let id: String
    public let severity: Finding.Severity
    public let summary: String

    public init(_ id: String, _ severity: Finding.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// Every rule, by kind and then as the validator applies them.
    public static let all: [ValidationRule] = structure + content + koha

    static let structure: [ValidationRule] = [
        .unreadable, .leaderStatus, .recordDeleted, .leaderType, .leaderLevel, .leaderEncodingLevel, .leaderCoding,
        .leaderLayout, .tag, .indicator, .subfieldCode, .emptySubfield, .controlFieldSubfields, .emptyDataField,
        .repeatedControlField, .missing008, .length008, .dateType008, .dates008,
    ]
    static let content: [ValidationRule] = [
        .titleMissing, .titleRepeated, .isbnUnreadable, .isbnCheckDigit, .issnUnreadable, .issnCheckDigit, .dateFuture,
    ]
    static let koha: [ValidationRule] = [
        .missingItemType942, .missingBranch952, .missingItemType952, .dueDate952, .noBarcode952, .barcodeTooLong,
        .barcodeDuplicate, .iso2709Size, .unknownBranch, .unknownItemType, .unknownAuthorisedValue,
    ]
}
