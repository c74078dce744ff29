import Workspace

/// Every record and copy that went in, accounted for on the way out (DESIGN §4): per municipality for records,
/// per municipality and branch for copies. Read = emitted + merged into another record + not migrated (a
/// mapping or rule said so) + rejected (with a reason), exactly; a line that does not balance fails the run.
public struct Ledger: Sendable, Equatable {
    public enum Entity: String, Sendable, Comparable, CaseIterable {
        case records, items

        public static func < (a: Entity, b: Entity) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Key: Hashable, Sendable, Comparable {
        public var entity: Entity
        public var municipality: String
        /// The source's own branch code for copies ("" for records, and for copies whose row could not be read).
        public var branch: String

        public static func < (a: Key, b: Key) -> Bool { (a.entity, a.municipality, a.branch) < (b.entity, b.municipality, b.branch) }
    }

    public struct Counts: Sendable, Equatable {
        public var read = 0
        public var emitted = 0
        public var merged = 0
        public var notMigrated = 0
        public var rejected = 0

        public var accounted: Int { emitted + merged + notMigrated + rejected }
        public var balances: Bool { read == accounted }
    }

    public enum Column: Sendable { case read, emitted, merged, notMigrated, rejected }

    public private(set) var lines: [Key: Counts] = [:]

    public init() {}

    public mutating func add(_ column: Column, _ entity: Entity, municipality: String, branch: String = "", count: Int = 1) {
        guard count != 0 else { return }
        let key = Key(entity: entity, municipality: municipality, branch: branch)
        switch column {
        case .read: lines[key, default: Counts()].read += count
        case .emitted: lines[key, default: Counts()].emitted += count
        case .merged: lines[key, default: Counts()].merged += count
        case .notMigrated: lines[key, default: Counts()].notMigrated += count
        case .rejected: lines[key, default: Counts()].rejected += count
        }
    }

    public var unbalanced: [(Key, Counts)] { lines.filter { !$0.value.balances }.sorted { $0.key < $1.key } }

    /// The totals of one entity over every line.
    public func total(_ entity: Entity) -> Counts {
        lines.filter { $0.key.entity == entity }.values.reduce(into: Counts()) { total, line in
            total.read += line.read
            total.emitted += line.emitted
            total.merged += line.merged
            total.notMigrated += line.notMigrated
            total.rejected += line.rejected
        }
    }

    /// `ledger.csv`: one line per entity, municipality and branch, sorted, with a balance column.
    public func csv() -> String {
        var text = CSV.line(["entity", "municipality", "branch", "read", "emitted", "merged", "not_migrated", "rejected", "balances"])
        for (key, counts) in lines.sorted(by: { $0.key < $1.key }) {
            text += CSV.line([key.entity.rawValue, key.municipality, key.branch] + [counts.read, counts.emitted, counts.merged, counts.notMigrated, counts.rejected].map(String.init)
                             + [counts.balances ? "yes" : "NO"])
        }
        return text
    }
}

extension Ledger {
    /// What the ingest read: per municipality, the catalogue's records (those it rejected, and records that are
    /// not bibliographic, accounted for at once); per municipality and branch, the copies stored, and the copy
    /// rows it rejected (branch unknown).
    public static func fromIngest(_ database: Database) throws -> Ledger {
        var ledger = Ledger()
        let counts = try database.prepare("""
            SELECT source.municipality, ingest_count.input, ingest_count.read, ingest_count.stored, ingest_count.rejected + ingest_count.set_aside
            FROM ingest_count JOIN source ON source.id = ingest_count.source_id
            WHERE source.active = 1 AND ingest_count.input IN ('catalogue', 'Items', 'CA_COPY', 'holdings')
            """).rows { ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2) ?? 0, $0.int(3) ?? 0, $0.int(4) ?? 0) }
        for (municipality, input, read, _, rejected) in counts {
            if input == "catalogue" {
                ledger.add(.read, .records, municipality: municipality, count: read)
                ledger.add(.rejected, .records, municipality: municipality, count: rejected)
            } else {
                ledger.add(.read, .items, municipality: municipality, count: rejected)
                ledger.add(.rejected, .items, municipality: municipality, count: rejected)
            }
        }
        for (municipality, count) in try database.prepare("""
            SELECT source.municipality, count(*) FROM record JOIN source ON source.id = record.source_id
            WHERE source.active = 1 AND record.kind != 'bibliographic' GROUP BY 1
            """).rows([], { ($0.text(0) ?? "", $0.int(1) ?? 0) }) {
            ledger.add(.notMigrated, .records, municipality: municipality, count: count)
        }
        for (municipality, branch, count) in try database.prepare("""
            SELECT source.municipality, coalesce(item.home_branch, ''), count(*) FROM item JOIN source ON source.id = item.source_id
            WHERE source.active = 1 GROUP BY 1, 2
            """).rows([], { ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2) ?? 0) }) {
            ledger.add(.read, .items, municipality: municipality, branch: branch, count: count)
        }
        return ledger
    }
}
