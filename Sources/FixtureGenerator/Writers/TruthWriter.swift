import MARC

/// The ground truth beside the exports (`truth/`), tab-separated UTF-8 with a header row:
/// `editions.tsv` (one row per catalogue record), `items.tsv` (one row per item row written) and `broken.tsv`
/// (every deliberately broken record or row, and what a reader must make of it).
final class TruthWriter {
    private let editions: ByteOutput
    private let items: ByteOutput
    private let broken: ByteOutput
    private(set) var recordCount = 0
    private(set) var itemCount = 0
    private(set) var brokenCount = 0

    static let editionColumns = ["municipality", "system", "record_id", "edition_id", "work_id", "kind", "isbn13", "variations", "record_state"]
    static let itemColumns = ["municipality", "item_id", "record_id", "edition_id", "outcome", "home_branch", "barcode", "collision", "collides_with", "note"]
    static let brokenColumns = ["municipality", "file", "position", "kind", "reader_result"]

    init(folder: String) throws {
        editions = try ByteOutput(path: "\(folder)/editions.tsv")
        items = try ByteOutput(path: "\(folder)/items.tsv")
        broken = try ByteOutput(path: "\(folder)/broken.tsv")
        try editions.write(Self.editionColumns.joined(separator: "\t") + "\n")
        try items.write(Self.itemColumns.joined(separator: "\t") + "\n")
        try broken.write(Self.brokenColumns.joined(separator: "\t") + "\n")
    }

    func record(_ municipality: Municipality, _ record: PendingRecord) throws {
        recordCount += 1
        let edition = record.edition
        let row = [municipality.code, municipality.system.rawValue, String(record.recordID), String(edition.id),
                   String(edition.work.id), edition.kind.rawValue, edition.isbn13,
                   record.variation.names(hasSubtitle: edition.work.subtitle != nil), record.broken?.rawValue ?? "ok"]
        try editions.write(row.joined(separator: "\t") + "\n")
    }

    func item(_ municipality: Municipality, _ item: PendingItem) throws {
        itemCount += 1
        let row = [municipality.code, String(item.itemID), String(item.recordID), item.editionID.map(String.init) ?? "-",
                   item.outcome.rawValue, municipality.branches[item.homeBranch].code, item.barcode, item.collision,
                   item.collidesWith, item.broken?.rawValue ?? "-"]
        try items.write(row.joined(separator: "\t") + "\n")
    }

    /// `position`: 1-based record number in a catalogue file, or 1-based data row (header rows not counted).
    /// `readerResult`: `unreadable` (a `.failure` record), `repaired` or `finding` (read, with a finding),
    /// `rejected` (a rejected row), `dangling` (a row that reads but links to nothing).
    func broken(_ municipality: Municipality, file: String, position: Int, kind: String, readerResult: String) throws {
        brokenCount += 1
        try broken.write([municipality.code, file, String(position), kind, readerResult].joined(separator: "\t") + "\n")
    }

    func close() throws {
        try editions.close()
        try items.close()
        try broken.close()
    }
}
