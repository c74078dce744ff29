import Exports
import Holdings
import Workspace

/// Pass one of the emit, before any record is written: every copy of the active sources through its
/// municipality's mappings, and the barcodes of the copies that migrate through the barcode policy
/// (collisions are consortium-wide, so every barcode must be known first). A code no mapping covers is
/// collected, with how many copies use it, so the run can stop with the whole list.
struct BarcodePlan {
    struct Unmapped: Hashable, Comparable {
        var municipality: String
        var code: UnmappedCode

        static func < (a: Unmapped, b: Unmapped) -> Bool {
            (a.municipality, a.code.kind, a.code.code) < (b.municipality, b.code.kind, b.code.code)
        }
    }

    var assignment: BarcodeAssignmentResult
    /// Codes without a mapping, with the number of copies using each.
    var unmapped: [Unmapped: Int]

    /// `progress(done, total)` as copies are mapped.
    static func make(database: Database, mappers: ItemMappers, policy: BarcodePolicy, progress: (Int, Int) -> Void = { _, _ in }) throws -> BarcodePlan {
        let total = Int(try database.scalar("SELECT count(*) FROM item JOIN source ON source.id = item.source_id WHERE source.active = 1") ?? 0)
        var done = 0
        let items = try database.prepare("""
            SELECT item.source_id, source.municipality, item.local_id, item.home_branch, item.holding_branch, item.department,
                   item.shelf, item.status, item.loan_period, item.media_type, item.stock,
                   (SELECT record_keys.format FROM record JOIN record_keys ON record_keys.record_id = record.id
                    WHERE record.source_id = item.source_id AND record.local_id = item.record_local_id AND record.kind = 'bibliographic'
                    LIMIT 1)
            FROM item JOIN source ON source.id = item.source_id
            WHERE source.active = 1 AND EXISTS (SELECT 1 FROM record WHERE record.source_id = item.source_id
                                                AND record.local_id = item.record_local_id AND record.kind = 'bibliographic')
            ORDER BY item.source_id, item.local_id
            """)
        let labels = try database.prepare("""
            SELECT barcode.source_id, barcode.item_local_id, barcode.barcode, barcode.is_primary, barcode.label_type
            FROM barcode JOIN source ON source.id = barcode.source_id
            WHERE source.active = 1 AND barcode.item_local_id IS NOT NULL ORDER BY barcode.source_id, barcode.item_local_id, barcode.rowid
            """)
        var labelsLeft = try labels.step()
        var candidates: [BarcodeCandidate] = []
        var unmapped: [Unmapped: Int] = [:]
        while try items.step() {
            done += 1
            if done % 50_000 == 0 { progress(done, total) }
            let sourceID = items.int64(0), itemID = items.text(2) ?? ""
            // Both queries are in (source, item) order: take this copy's labels, skipping those of copies not migrating.
            var own: [BarcodeLabel] = []
            while labelsLeft, labels.int64(0) < sourceID || (labels.int64(0) == sourceID && (labels.text(1) ?? "").utf8.lexicographicallyPrecedes(itemID.utf8)) {
                labelsLeft = try labels.step()
            }
            while labelsLeft, labels.int64(0) == sourceID, labels.text(1) == itemID {
                own.append(BarcodeLabel(labels.text(2) ?? "", isPrimary: labels.int(3) == 1, labelType: labels.text(4)))
                labelsLeft = try labels.step()
            }
            let municipality = items.text(1) ?? ""
            let codes = ItemCodes(homeBranch: items.text(3), holdingBranch: items.text(4), department: items.text(5), shelf: items.text(6),
                                  status: items.text(7), loanPeriod: items.text(8), mediaType: items.text(9),
                                  stock: StockClass(rawValue: items.text(10) ?? "") ?? .ordinary)
            guard let mapper = mappers[municipality] else { continue }
            switch mapper.map(codes, format: items.text(11)) {
            case let .failure(code): unmapped[Unmapped(municipality: municipality, code: code), default: 0] += 1
            case let .success(mapped) where mapped.action != .doNotMigrate:
                candidates.append(BarcodeCandidate(municipality: municipality, itemID: itemID, branch: codes.homeBranch ?? "", labels: own))
            case .success: break
            }
        }
        let patrons = try database.prepare("""
            SELECT source.municipality, barcode.barcode FROM barcode JOIN source ON source.id = barcode.source_id
            WHERE source.active = 1 AND barcode.item_local_id IS NULL AND barcode.borrower_local_id IS NOT NULL
            """).rows { PatronBarcode(municipality: $0.text(0) ?? "", barcode: $0.text(1) ?? "") }
        return BarcodePlan(assignment: BarcodeAssignment.assign(candidates: candidates, patrons: patrons, policy: policy), unmapped: unmapped)
    }
}
