import Dedupe
import Koha
import MARC
import Workspace

/// How each emitted record is known. The crosswalks name it by its surviving record's provenance,
/// `(hjo-libra)10004`, which every emitted record carries as an 035. Under the `consortium` policy its 001 is
/// that provenance in control-number form, `hjo-libra-10004` (unique across the consortium, where the
/// municipalities' own numbers are not), its 003 the consortium's code, and every record link (`$w`) that named
/// a record by its old number, in its own municipality, is pointed at the record that number ended in. Under
/// `koha`, 001 and 003 are left to Koha and links are not rewritten.
struct CatalogueIdentifiers {
    let settings: EmitSettings
    let links: LinkRewriter?

    static func make(database: Database, settings: EmitSettings) throws -> CatalogueIdentifiers {
        guard !settings.leaveControlNumbersToKoha else { return CatalogueIdentifiers(settings: settings, links: nil) }
        // Every record's own 001 (and local id) → the control number of the record it ends in.
        let rows = try database.prepare("""
            SELECT source.municipality, record.local_id, record.marc, survivor_source.municipality, survivor_source.system, survivor.local_id
            FROM record JOIN source ON source.id = record.source_id
            LEFT JOIN cluster_member ON cluster_member.record_id = record.id LEFT JOIN cluster ON cluster.id = cluster_member.cluster
            JOIN record AS survivor ON survivor.id = coalesce(cluster.survivor, record.id)
            JOIN source AS survivor_source ON survivor_source.id = survivor.source_id
            WHERE source.active = 1 AND record.kind = 'bibliographic'
            """)
        var targets: [LinkTarget: String] = [:]
        while try rows.step() {
            let municipality = rows.text(0) ?? ""
            let survivor = Provenance(municipality: rows.text(3) ?? "", system: rows.text(4) ?? "", localID: rows.text(5) ?? "")
            let link = "(\(settings.consortiumCode))\(controlNumber(survivor))"
            targets[LinkTarget(municipality: municipality, controlNumber: rows.text(1) ?? "")] = link
            if let number = try RecordCodec.controlValue("001", in: rows.blob(2) ?? []) {
                targets[LinkTarget(municipality: municipality, controlNumber: number)] = link
            }
        }
        return CatalogueIdentifiers(settings: settings, links: LinkRewriter(targets: targets))
    }

    static func controlNumber(_ provenance: Provenance) -> String {
        "\(provenance.municipality)-\(provenance.system)-\(provenance.localID)"
    }

    /// The name the crosswalks give the unit's record.
    func id(of unit: CatalogueUnit) -> String { unit.members[unit.survivor].provenance.description }

    /// Sets the 001 (after the record rules kept the old one as 035) and rewrites the record's links.
    func finish(_ record: inout Record, unit: CatalogueUnit) {
        guard let links else { return }
        let survivor = unit.members[unit.survivor].provenance
        record.setControlValue("001", CatalogueIdentifiers.controlNumber(survivor))
        _ = links.rewrite(&record, municipality: survivor.municipality)
    }

    /// Copies whose record is not among the active sources' bibliographic records (missing from the export, or
    /// not a bibliographic record): rejected, each with a finding naming its row.
    static func orphanItems(_ database: Database) throws -> [(sourceID: Int64, municipality: String, item: StoredItem)] {
        try database.prepare("""
            SELECT item.source_id, source.municipality, item.local_id, item.record_local_id, item.home_branch, item.file, item.line
            FROM item JOIN source ON source.id = item.source_id
            WHERE source.active = 1 AND NOT EXISTS (SELECT 1 FROM record WHERE record.source_id = item.source_id
                                                    AND record.local_id = item.record_local_id AND record.kind = 'bibliographic')
            ORDER BY item.id
            """).rows { row in
                var item = StoredItem(localID: row.text(2) ?? "", file: row.text(5) ?? "", line: row.int(6) ?? 0)
                item.recordLocalID = row.text(3)
                item.homeBranch = row.text(4)
                return (row.int64(0), row.text(1) ?? "", item)
            }
    }

    /// Records of the active sources that are not bibliographic (authority, holdings, or a leader/06 no format
    /// names): not migrated, each with a finding.
    static func otherRecords(_ database: Database) throws -> [(sourceID: Int64, provenance: Provenance, kind: String, location: RecordLocation)] {
        try database.prepare("""
            SELECT record.source_id, source.municipality, source.system, record.local_id, record.kind, record.file, record.record_number,
                   record.byte_offset
            FROM record JOIN source ON source.id = record.source_id
            WHERE source.active = 1 AND record.kind != 'bibliographic' ORDER BY record.id
            """).rows { row in
                (row.int64(0), Provenance(municipality: row.text(1) ?? "", system: row.text(2) ?? "", localID: row.text(3) ?? ""),
                 row.text(4) ?? "", RecordLocation(file: row.text(5) ?? "", recordNumber: row.int(6) ?? 0, byteOffset: row.int(7) ?? 0))
            }
    }
}
