import MARC

/// What a source-system adapter hands to the workspace, one value per stored row. Every value carries its
/// provenance: the local id in the source system and the file and position it was read from.

/// Record kinds, by leader/06: only bibliographic records are deduplicated and emitted.
public enum RecordKind: String, Sendable, CaseIterable {
    case bibliographic, authority, holdings, other

    public init(leader: Leader) {
        switch leader.typeOfRecord {
        case UInt8(ascii: "z"): self = .authority
        case UInt8(ascii: "u"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "y"): self = .holdings
        case UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "g"),
             UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "o"), UInt8(ascii: "p"),
             UInt8(ascii: "r"), UInt8(ascii: "t"): self = .bibliographic
        default: self = .other
        }
    }
}

public struct StoredRecord: Sendable {
    /// Libra IdCat, BOOK-IT CA_CATALOG_ID, or 001 (with 003) for plain MARC sources.
    public var localID: String
    public var kind: RecordKind
    public var record: Record
    public var location: RecordLocation
    public var encoding: DetectedEncoding

    public init(localID: String, kind: RecordKind, record: Record, location: RecordLocation, encoding: DetectedEncoding) {
        self.localID = localID
        self.kind = kind
        self.record = record
        self.location = location
        self.encoding = encoding
    }
}

/// Input that could not be stored, kept byte for byte with the reason.
public struct RejectedInput: Sendable {
    /// What it was meant to be: `record`, or the table it came from (`Items`, `CA_COPY` …).
    public var entity: String
    public var file: String
    /// Record number or line.
    public var position: Int
    public var byteOffset: Int?
    public var reason: String
    public var raw: [UInt8]

    public init(entity: String, file: String, position: Int, byteOffset: Int?, reason: String, raw: [UInt8]) {
        self.entity = entity
        self.file = file
        self.position = position
        self.byteOffset = byteOffset
        self.reason = reason
        self.raw = raw
    }
}

/// Whether a copy is ordinary stock; every other class is a mapping decision, counted in its own ledger class.
public enum StockClass: String, Sendable, CaseIterable {
    case ordinary, deleted, weeded, hidden
    case interlibraryLoan = "interlibrary-loan"
    case ordered
}

/// A copy with the source system's own codes (mapping to Koha comes later).
public struct StoredItem: Sendable {
    public var localID: String
    public var recordLocalID: String?
    public var homeBranch: String?
    /// Where the copy is now (floating copies, temporary locations).
    public var holdingBranch: String?
    public var department: String?
    public var shelf: String?
    public var status: String?
    public var loanPeriod: String?
    public var mediaType: String?
    public var callNumber: String?
    public var issue: String?
    public var price: String?
    public var acquired: String?
    public var lastSeen: String?
    public var lastBorrowed: String?
    public var checkouts: Int?
    public var note: String?
    public var stock: StockClass
    public var file: String
    public var line: Int

    public init(localID: String, file: String, line: Int, stock: StockClass = .ordinary) {
        self.localID = localID
        self.file = file
        self.line = line
        self.stock = stock
    }
}

/// A barcode label: an item's (several per copy in BOOK-IT) or a patron's (kept for the collision check).
public struct StoredBarcode: Sendable {
    public var barcode: String
    public var itemLocalID: String?
    public var borrowerLocalID: String?
    public var labelType: String?
    public var isPrimary: Bool
    public var file: String
    public var line: Int

    public init(barcode: String, itemLocalID: String?, borrowerLocalID: String?, labelType: String?, isPrimary: Bool, file: String, line: Int) {
        self.barcode = barcode
        self.itemLocalID = itemLocalID
        self.borrowerLocalID = borrowerLocalID
        self.labelType = labelType
        self.isPrimary = isPrimary
        self.file = file
        self.line = line
    }
}

/// The source's lookup tables, each code with the source's own name for it.
public enum LookupKind: String, Sendable, CaseIterable {
    case branch, department, shelf, status
    case loanPeriod = "loan-period"
    case mediaType = "media-type"
}

public struct LookupEntry: Sendable {
    public var kind: LookupKind
    public var code: String
    public var name: String?
    /// For hierarchies (BOOK-IT media types): the parent's code.
    public var parent: String?
    /// Other facts the mapping may need (`loanAllowed`, `weeded` …), sorted by key when stored.
    public var attributes: [String: String]

    public init(kind: LookupKind, code: String, name: String?, parent: String? = nil, attributes: [String: String] = [:]) {
        self.kind = kind
        self.code = code
        self.name = name
        self.parent = parent
        self.attributes = attributes
    }
}

/// Where an adapter puts what it reads. The workspace's `SourceLoader` implements it; tests can collect.
public protocol IngestSink: AnyObject {
    func add(_ record: StoredRecord) throws
    func add(_ rejected: RejectedInput) throws
    func add(_ item: StoredItem) throws
    func add(_ barcode: StoredBarcode) throws
    func add(_ entry: LookupEntry) throws
    func add(_ finding: Finding) throws
}
