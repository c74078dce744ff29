import Foundation
import MARC

/// Stores one ingest of one source in the workspace. Everything goes into a new, inactive source; `activate()`
/// then deletes the previous version of that source and activates this one in one transaction. A crash before
/// that leaves the previous version untouched and an inactive source that the next open discards.
///
/// Rows are inserted through prepared statements in transactions of `batchSize` rows: per-row transactions
/// are far too slow, and one giant transaction holds the whole source in the journal.
public final class SourceLoader: IngestSink {
    public let sourceID: Int64
    let database: Database
    private let batchSize: Int
    private var pending = 0
    private var inTransaction = false
    private let insertRecord, insertRejected, insertItem, insertBarcode, insertLookup: Statement
    private let findings: FindingWriter

    public struct SourceDescription: Sendable {
        public var name: String
        public var municipality: String
        public var system: String
        public var folder: String
        public var fingerprint: String

        public init(name: String, municipality: String, system: String, folder: String, fingerprint: String) {
            self.name = name
            self.municipality = municipality
            self.system = system
            self.folder = folder
            self.fingerprint = fingerprint
        }
    }

    public init(workspace: Workspace, source: SourceDescription, batchSize: Int = 20_000) throws {
        database = workspace.database
        self.batchSize = batchSize
        try database.prepare("""
            INSERT INTO source (name, municipality, system, folder, fingerprint, ingested_at, active)
            VALUES (?, ?, ?, ?, ?, ?, 0)
            """).run([.text(source.name), .text(source.municipality), .text(source.system), .text(source.folder),
                      .text(source.fingerprint), .text(SourceLoader.timestamp())])
        sourceID = database.lastInsertedRowID
        insertRecord = try database.prepare("""
            INSERT INTO record (source_id, local_id, kind, file, record_number, byte_offset, encoding, marc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertRejected = try database.prepare("""
            INSERT INTO rejected (source_id, entity, file, position, byte_offset, reason, raw) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertItem = try database.prepare("""
            INSERT INTO item (source_id, local_id, record_local_id, home_branch, holding_branch, department, shelf, status,
                              loan_period, media_type, call_number, issue, price, acquired, last_seen, last_borrowed,
                              checkouts, note, stock, file, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertBarcode = try database.prepare("""
            INSERT INTO barcode (source_id, item_local_id, borrower_local_id, barcode, label_type, is_primary, file, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertLookup = try database.prepare("""
            INSERT INTO lookup (source_id, lookup, code, name, parent, attributes) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_id, lookup, code) DO UPDATE SET name = excluded.name
            """)
        findings = try FindingWriter(database: database, stage: "ingest")
    }

    // MARK: IngestSink

    public func add(_ record: StoredRecord) throws {
        try counted {
            let s = insertRecord
            s.bind(sourceID, at: 1)
            s.bind(record.localID, at: 2)
            s.bind(record.kind.rawValue, at: 3)
            s.bind(record.location.file, at: 4)
            s.bind(record.location.recordNumber, at: 5)
            s.bind(record.location.byteOffset, at: 6)
            s.bind(record.encoding.rawValue, at: 7)
            s.bind(RecordCodec.encode(record.record), at: 8)
            try s.runBound()
        }
    }

    public func add(_ rejected: RejectedInput) throws {
        try counted {
            try insertRejected.run([.int(sourceID), .text(rejected.entity), .text(rejected.file), .int(Int64(rejected.position)),
                                    rejected.byteOffset.map { .int(Int64($0)) } ?? .null, .text(rejected.reason), .blob(rejected.raw)])
        }
    }

    public func add(_ item: StoredItem) throws {
        try counted {
            let s = insertItem
            s.bind(sourceID, at: 1)
            let texts = [item.localID, item.recordLocalID, item.homeBranch, item.holdingBranch, item.department, item.shelf,
                         item.status, item.loanPeriod, item.mediaType, item.callNumber, item.issue, item.price,
                         item.acquired, item.lastSeen, item.lastBorrowed]
            for (offset, text) in texts.enumerated() { s.bind(text, at: Int32(offset + 2)) }
            s.bind(item.checkouts, at: 17)
            s.bind(item.note, at: 18)
            s.bind(item.stock.rawValue, at: 19)
            s.bind(item.file, at: 20)
            s.bind(item.line, at: 21)
            try s.runBound()
        }
    }

    public func add(_ barcode: StoredBarcode) throws {
        try counted {
            let s = insertBarcode
            s.bind(sourceID, at: 1)
            s.bind(barcode.itemLocalID, at: 2)
            s.bind(barcode.borrowerLocalID, at: 3)
            s.bind(barcode.barcode, at: 4)
            s.bind(barcode.labelType, at: 5)
            s.bind(barcode.isPrimary ? 1 : 0, at: 6)
            s.bind(barcode.file, at: 7)
            s.bind(barcode.line, at: 8)
            try s.runBound()
        }
    }

    public func add(_ entry: LookupEntry) throws {
        try counted {
            let attributes = entry.attributes.isEmpty ? nil
                : entry.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
            try insertLookup.run([.int(sourceID), .text(entry.kind.rawValue), .text(entry.code), entry.name.map { .text($0) } ?? .null,
                                  entry.parent.map { .text($0) } ?? .null, attributes.map { .text($0) } ?? .null])
        }
    }

    public func add(_ finding: Finding) throws {
        try counted { try findings.add(finding, sourceID: sourceID) }
    }

    // MARK: Finishing

    /// Commits what is pending, then swaps this source in for the previous version of the same name.
    public func activate() throws {
        try commitPending()
        try database.transaction {
            try database.prepare("DELETE FROM source WHERE name = (SELECT name FROM source WHERE id = ?) AND id != ?")
                .run([.int(sourceID), .int(sourceID)])
            try database.prepare("UPDATE source SET active = 1 WHERE id = ?").run([.int(sourceID)])
        }
    }

    /// Throws this ingest away (after an error): the previous version of the source stays as it was.
    public func abandon() {
        if inTransaction { try? database.execute("ROLLBACK") }
        inTransaction = false
        try? database.prepare("DELETE FROM source WHERE id = ? AND active = 0").run([.int(sourceID)])
    }

    private func counted(_ insert: () throws -> Void) throws {
        if !inTransaction {
            try database.execute("BEGIN")
            inTransaction = true
        }
        try insert()
        CrashPoint.pass("ingest-row")
        pending += 1
        if pending >= batchSize { try commitPending() }
    }

    private func commitPending() throws {
        guard inTransaction else { return }
        try database.execute("COMMIT")
        inTransaction = false
        pending = 0
    }

    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}

extension Statement {
    func bind(_ number: Int64, at index: Int32) { bind(SQLValue.int(number), at: index) }
}
