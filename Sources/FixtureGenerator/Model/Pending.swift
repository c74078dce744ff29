/// A catalogue record about to be written, with its items: what one chunk holds in memory.
struct PendingRecord {
    enum Broken: String {
        /// Cut after 60 bytes: no field terminator, so no reader can read it.
        case truncated
        /// The leader's record length is wrong; the framer repairs it.
        case wrongLength = "wrong-length"
        /// A byte (0xFF) no encoding reads, in a note; the record reads with a finding.
        case undecodableByte = "undecodable-byte"
    }

    let edition: Edition
    var variation: CatalogueVariation
    /// Libra IdCat or BOOK-IT CA_CATALOG_ID.
    let recordID: Int
    let catalogued: Int
    var broken: Broken?
    var items: [PendingItem] = []
}

/// One copy. Indices point into `LocalCodes` and the municipality's branch list.
struct PendingItem {
    enum Broken: String {
        /// One value short: the row has fewer columns than the spec.
        case wrongColumnCount = "wrong-column-count"
        /// The acquisition date reads `31.02.2019`: the row loads, the value does not.
        case unparsableDate = "unparsable-date"
        /// The item's record id is in no catalogue record.
        case missingRecord = "missing-record"
    }

    let itemID: Int
    var recordID: Int
    var editionID: Int?
    var homeBranch: Int
    /// Libra: IdLastBranchCode of a floating copy; BOOK-IT: the unit of an active temporary location.
    var currentBranch: Int?
    var department: Int
    var shelf: Int
    var loanCategory: Int
    var status: Int?
    var hidden = false
    var interlibraryLoan = false
    var ordered = false
    var price: Int
    var acquired: Int
    var loans: Int
    var lastLoan: Int?
    var barcode: String
    /// An older barcode (Libra, not default) or an RFID label (BOOK-IT, LABEL_TYPE 2).
    var secondLabel: String?
    var broken: Broken?
    /// `municipality`, `patron` — and with what, for `items.tsv`.
    var collision: String = "-"
    var collidesWith: String = "-"

    var outcome: ItemOutcome {
        if broken == .wrongColumnCount || broken == .missingRecord { return .rejectedRow }
        if interlibraryLoan || hidden { return .doNotMigrate }
        if let status, LocalCodes.statuses[status].outcome == .doNotMigrate { return .doNotMigrate }
        if ordered { return .notForLoan }
        if let status, LocalCodes.statuses[status].outcome == .notForLoan { return .notForLoan }
        if loanCategory == LocalCodes.referenceLoan || loanCategory == LocalCodes.interlibraryOrNoLoan { return .notForLoan }
        return .migrate
    }
}
