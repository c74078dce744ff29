import MARC
import Workspace

/// After a source is stored: items whose record is missing, bibliographic records without items, item barcodes
/// whose item is missing, and a copy id given to more than one row each become a finding naming the local ids. None of them is dropped:
/// they stay in the workspace and the later stages decide, with the ledger counting them.
struct LinkChecks {
    let database: Database
    let sourceID: Int64

    func run(into sink: any IngestSink) throws {
        let orphanItems = try database.prepare("""
            SELECT item.local_id, item.record_local_id, item.file, item.line FROM item
            WHERE item.source_id = ?1 AND NOT EXISTS (
                SELECT 1 FROM record WHERE record.source_id = ?1 AND record.local_id = item.record_local_id)
            ORDER BY item.id
            """).rows([.int(sourceID)]) { ($0.text(0) ?? "", $0.text(1), $0.text(2) ?? "", $0.int(3) ?? 0) }
        for (item, record, file, line) in orphanItems {
            let message = record.map { "item \(item) belongs to record \($0), which is not in the catalogue export" }
                ?? "item \(item) names no record"
            try sink.add(Finding(.error, "ingest.item-without-record", message, at: .row(file: file, line: line)))
        }
        let bare = try database.prepare("""
            SELECT record.local_id, record.file, record.record_number, record.byte_offset FROM record
            WHERE record.source_id = ?1 AND record.kind = 'bibliographic' AND NOT EXISTS (
                SELECT 1 FROM item WHERE item.source_id = ?1 AND item.record_local_id = record.local_id)
            ORDER BY record.id
            """).rows([.int(sourceID)]) { ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2) ?? 0, $0.int(3) ?? 0) }
        for (record, file, number, offset) in bare {
            try sink.add(Finding(.info, "ingest.record-without-items", "record \(record) has no items",
                                 at: RecordLocation(file: file, recordNumber: number, byteOffset: offset)))
        }
        let strayBarcodes = try database.prepare("""
            SELECT barcode.barcode, barcode.item_local_id, barcode.file, barcode.line FROM barcode
            WHERE barcode.source_id = ?1 AND barcode.item_local_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM item WHERE item.source_id = ?1 AND item.local_id = barcode.item_local_id)
            ORDER BY barcode.rowid
            """).rows([.int(sourceID)]) { ($0.text(0) ?? "", $0.text(1) ?? "", $0.text(2) ?? "", $0.int(3) ?? 0) }
        for (barcode, item, file, line) in strayBarcodes {
            try sink.add(Finding(.warning, "ingest.barcode-without-item", "barcode \(barcode) belongs to item \(item), which is not in the items table",
                                 at: .row(file: file, line: line)))
        }
        let duplicates = try database.prepare("""
            SELECT item.local_id, item.file, item.line, first.line FROM item
            JOIN item AS first ON first.source_id = item.source_id AND first.local_id = item.local_id AND first.id < item.id
                AND NOT EXISTS (SELECT 1 FROM item AS earlier WHERE earlier.source_id = item.source_id
                                AND earlier.local_id = item.local_id AND earlier.id < first.id)
            WHERE item.source_id = ?1 ORDER BY item.id
            """).rows([.int(sourceID)]) { ($0.text(0) ?? "", $0.text(1) ?? "", $0.int(2) ?? 0, $0.int(3) ?? 0) }
        for (item, file, line, firstLine) in duplicates {
            try sink.add(Finding(.warning, "ingest.duplicate-item-id",
                                 "copy id \(item) is given again (first on line \(firstLine)); both rows are kept: check which is the real copy",
                                 at: .row(file: file, line: line)))
        }
    }
}
