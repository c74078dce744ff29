import Dedupe
import MARC
import Workspace

/// One record of the catalogue to be: a cluster's merged record, or a record nothing matched, with every
/// member's own record and copies. A copy's call number comes from its own record, never the survivor's.
struct CatalogueUnit {
    struct Member {
        var id: Int64
        var sourceID: Int64
        var provenance: Provenance
        var record: Record
        /// The record's format class (`record_keys`), for the item type of copies whose codes give none.
        var format: String?
        var items: [StoredItem]
    }

    /// The merged record (a cluster) or the record itself.
    var record: Record
    var members: [Member]
    /// Index of the surviving member.
    var survivor: Int
    var cluster: Int64?
}

/// The catalogue units of the last dedupe, in the order of their first record (record ids follow the order of
/// ingest, so the same inputs give the same order).
struct CatalogueUnits {
    let database: Database

    func forEach(_ body: (CatalogueUnit) throws -> Void) throws {
        let records = try database.prepare("""
            SELECT record.id, cluster_member.cluster FROM record JOIN source ON source.id = record.source_id
            LEFT JOIN cluster_member ON cluster_member.record_id = record.id
            WHERE source.active = 1 AND record.kind = 'bibliographic' ORDER BY record.id
            """)
        let member = try database.prepare("""
            SELECT record.source_id, source.municipality, source.system, record.local_id, record.marc, record_keys.format
            FROM record JOIN source ON source.id = record.source_id LEFT JOIN record_keys ON record_keys.record_id = record.id
            WHERE record.id = ?
            """)
        let items = try database.prepare("""
            SELECT local_id, home_branch, holding_branch, department, shelf, status, loan_period, media_type, call_number, issue,
                   price, acquired, last_seen, last_borrowed, checkouts, note, stock, file, line
            FROM item WHERE source_id = ? AND record_local_id = ? ORDER BY id
            """)
        let cluster = try database.prepare("SELECT survivor, merged, size FROM cluster WHERE id = ?")
        let clusterMembers = try database.prepare("SELECT record_id FROM cluster_member WHERE cluster = ? ORDER BY record_id")
        var done = Set<Int64>()
        // Two records of one source under one local id (reported at ingest) share that id's copies: the first
        // record read takes them, so no copy is emitted twice.
        var copiesGiven = Set<String>()
        func load(_ id: Int64) throws -> CatalogueUnit.Member {
            var loaded = try self.load(id, member, items)
            if !copiesGiven.insert("\(loaded.sourceID)\u{1}\(loaded.provenance.localID)").inserted { loaded.items = [] }
            return loaded
        }
        let rows = try records.rows { ($0.int64(0), $0.isNull(1) ? nil : $0.int64(1)) }
        for (id, clusterID) in rows {
            guard let clusterID else {
                let single = try load(id)
                try body(CatalogueUnit(record: single.record, members: [single], survivor: 0, cluster: nil))
                continue
            }
            guard done.insert(clusterID).inserted else { continue }
            let ids = try clusterMembers.rows([.int(clusterID)]) { $0.int64(0) }
            let (survivorID, merged, size) = try cluster.rows([.int(clusterID)]) { ($0.int64(0), $0.blob(1) ?? [], $0.int(2) ?? 0) }.first
                ?? { throw PipelineError.damagedWorkspace("cluster \(clusterID) has no surviving record; run samkat dedupe again") }()
            // A record re-ingested since the dedupe left its cluster: the merged record no longer fits the records.
            guard ids.count == size, ids.contains(survivorID) else { throw PipelineError.dedupeOutdated }
            let members = try ids.map { try load($0) }
            try body(CatalogueUnit(record: try RecordCodec.decode(merged), members: members,
                                   survivor: ids.firstIndex(of: survivorID) ?? 0, cluster: clusterID))
        }
    }

    private func load(_ id: Int64, _ select: Statement, _ items: Statement) throws -> CatalogueUnit.Member {
        guard let (sourceID, provenance, bytes, format) = try select.rows([.int(id)], {
            ($0.int64(0), Provenance(municipality: $0.text(1) ?? "", system: $0.text(2) ?? "", localID: $0.text(3) ?? ""), $0.blob(4) ?? [], $0.text(5))
        }).first else { throw PipelineError.damagedWorkspace("record \(id) is missing") }
        let copies = try items.rows([.int(sourceID), .text(provenance.localID)]) { row in
            var item = StoredItem(localID: row.text(0) ?? "", file: row.text(17) ?? "", line: row.int(18) ?? 0,
                                  stock: StockClass(rawValue: row.text(16) ?? "") ?? .ordinary)
            item.recordLocalID = provenance.localID
            (item.homeBranch, item.holdingBranch, item.department, item.shelf) = (row.text(1), row.text(2), row.text(3), row.text(4))
            (item.status, item.loanPeriod, item.mediaType, item.callNumber) = (row.text(5), row.text(6), row.text(7), row.text(8))
            (item.issue, item.price, item.acquired, item.lastSeen) = (row.text(9), row.text(10), row.text(11), row.text(12))
            (item.lastBorrowed, item.checkouts, item.note) = (row.text(13), row.int(14), row.text(15))
            return item
        }
        return CatalogueUnit.Member(id: id, sourceID: sourceID, provenance: provenance, record: try RecordCodec.decode(bytes), format: format, items: copies)
    }
}
