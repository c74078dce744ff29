import MARC

/// Two catalogues compared record by record (`PairingKey` pairs them, `RecordDiff` compares a pair).
///
/// Memory grows with the number of records, never with their content: A is read once into an index (each
/// pairing key's 64-bit hash → A's record number) and one fingerprint per record, about 40 bytes a record. B
/// then streams past: a record equal to its partner costs nothing more; a changed or added one is set aside on
/// disk (`RecordSpool`), keeping only its place in memory (about 220 bytes with the dictionary). Measured on
/// 1,000,000 against 1,000,000 line-MARC records: 68 MB peak with 1,000 changed, 287 MB with all changed. A is read a second time to compare each changed pair and list each removed
/// record, then the added ones are read back from the spool. Differences are reported in that order: A's
/// removed and changed records in A's order, then B's added records in B's order.
///
/// Pairing: each B record takes the first A record, in A's order, that shares any key with it and is not paired
/// yet. So when B merges records A kept apart, the merged record pairs with the first and the others show as
/// removed; when B splits one, the first part pairs and the others show as added.
public struct CatalogueDiff {
    public let a: CatalogueInput
    public let b: CatalogueInput
    public let settings: DiffSettings

    public init(a: CatalogueInput, b: CatalogueInput, settings: DiffSettings = DiffSettings()) {
        self.a = a
        self.b = b
        self.settings = settings
    }

    /// Runs the diff: each difference to `report`, each unreadable record to `unreadable`; returns the counts.
    public func run(report: (RecordDifference) throws -> Void,
                    unreadable: (UnreadableRecord) -> Void = { _ in }) throws -> DiffSummary {
        guard a.path != "-" else { throw DiffError.standardInputTwice }
        var summary = DiffSummary()
        var index = KeyIndex()
        var fingerprints: [UInt64] = []
        try a.forEachRecord({ read in
            let fingerprint = RecordFingerprint.of(read.record, settings: settings)
            index.insert(PairingKey.keys(of: read.record, fingerprint: fingerprint), ordinal: UInt32(fingerprints.count))
            fingerprints.append(fingerprint)
        }, unreadable: { summary.unreadableA += 1; unreadable($0) })
        summary.recordsA = fingerprints.count

        let spool = try RecordSpool()
        var paired = [Bool](repeating: false, count: fingerprints.count)
        var changed: [UInt32: SpooledRecord] = [:]
        var added: [SpooledRecord] = []
        try b.forEachRecord({ read in
            summary.recordsB += 1
            let fingerprint = RecordFingerprint.of(read.record, settings: settings)
            let keys = PairingKey.keys(of: read.record, fingerprint: fingerprint)
            guard let partner = index.firstUnpaired(keys, paired: paired) else {
                added.append(SpooledRecord(entry: try spool.append(read.record), location: read.location))
                return
            }
            paired[Int(partner)] = true
            if fingerprints[Int(partner)] == fingerprint {
                summary.unchanged += 1
            } else {
                changed[partner] = SpooledRecord(entry: try spool.append(read.record), location: read.location)
            }
        }, unreadable: { summary.unreadableB += 1; unreadable($0) })

        var ordinal = 0
        try a.forEachRecord({ read in
            defer { ordinal += 1 }
            guard ordinal < paired.count else { throw DiffError.changedWhileReading(path: a.path) }
            if !paired[ordinal] {
                try reportWhole(read.record, .removed, at: read.location, into: &summary, report)
                return
            }
            guard let spooled = changed[UInt32(ordinal)] else { return }
            let other = try spool.record(spooled.entry)
            guard let shared = sharedKey(read.record, other) else {
                // Two keys with the same 64-bit hash paired records that share none: not a pair after all.
                try reportWhole(read.record, .removed, at: read.location, into: &summary, report)
                added.append(spooled)
                return
            }
            let changes = RecordDiff.changes(from: read.record, to: other, settings: settings)
            guard !changes.isEmpty else { summary.unchanged += 1; return }
            summary.changed += 1
            summary.count(changes)
            try report(RecordDifference(status: .changed, id: shared, a: read.location, b: spooled.location, changes: changes))
        }, unreadable: { _ in })
        guard ordinal == paired.count else { throw DiffError.changedWhileReading(path: a.path) }

        for spooled in added {
            try reportWhole(try spool.record(spooled.entry), .added, at: spooled.location, into: &summary, report)
        }
        return summary
    }

    private func reportWhole(_ record: Record, _ status: RecordDifference.Status, at location: RecordLocation,
                             into summary: inout DiffSummary, _ report: (RecordDifference) throws -> Void) throws {
        let changes = RecordDiff.whole(record, status == .added ? .added : .removed, settings: settings)
        if status == .added { summary.added += 1 } else { summary.removed += 1 }
        summary.count(changes)
        let label = PairingKey.keys(of: record, fingerprint: RecordFingerprint.of(record, settings: settings))[0].label
        try report(RecordDifference(status: status, id: label, a: status == .removed ? location : nil,
                                    b: status == .added ? location : nil, changes: changes))
    }

    /// The first key of A's record that B's record has too, as people read it.
    private func sharedKey(_ old: Record, _ new: Record) -> String? {
        let newKeys = Set(PairingKey.keys(of: new, fingerprint: RecordFingerprint.of(new, settings: settings)))
        return PairingKey.keys(of: old, fingerprint: RecordFingerprint.of(old, settings: settings))
            .first(where: newKeys.contains)?.label
    }
}

/// A B record set aside, and where it was read.
struct SpooledRecord {
    var entry: RecordSpool.Entry
    var location: RecordLocation
}
