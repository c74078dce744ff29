import MARC

/// Turns a bibliographic record samkat has ingested and merged into the record Koha imports.
///
/// The rules, applied in this order by `apply(to:itemTypes:fallbackItemType:)`:
/// 1. **999** (Koha's own biblionumber and biblioitemnumber, from records once exported by a Koha) is removed
///    whole: kept, it would make Koha overwrite or point at records of another database.
/// 2. **Libra's 976** (local subject terms) becomes uncontrolled index terms: each `$a` and `$b` value one 653
///    `$a` (see `LocalSubjects`), then the 976 goes.
/// 3. **Dropped tags** (`droppedTags`, by default `defaultDroppedTags`) are removed.
/// 4. **`$9`** is removed from every 1XX, 6XX and 7XX: Koha reads `$9` there as the id of one of *its* authority
///    records, and a source system's `$9` would link the heading to an unrelated authority. `$9` elsewhere
///    (LIBRIS's 035 `$9`, for one) is data and stays.
/// 5. **Control numbers** by `controlNumbers` (see `ControlNumberPolicy`).
/// 6. **942 `$c`**, the record's default item type, which Koha requires (see `defaultItemType(of:fallback:)`).
/// 7. **Leader/09** becomes `a`: the records are written as Unicode (UTF-8), whatever the source claimed.
///
/// Values the rules write are the record's own values (NFC already, as the MARC model holds them) or the
/// caller's codes, normalised to NFC here, so no other normalisation form enters the record.
///
/// Links (`$w`) between records are rewritten separately by `LinkRewriter`, which needs the whole catalogue's
/// crosswalk rather than one record.
public struct KohaRecordRules: Hashable, Sendable {
    /// How 001 and 003 are written.
    public var controlNumbers: ControlNumberPolicy
    /// Tags removed whole (after 976 has been turned into 653).
    public var droppedTags: [Tag]

    /// The fields removed by default:
    /// - **852**: Libra's location and call number (`$h`) per copy; the holdings step has read them into the
    ///   items' 952 `$o`, and Koha would show a stale copy of them as bibliographic data.
    /// - **886** and **887**: BOOK-IT's BURK media type codes (`$2 BURK III`/`BURK IV`), read for the format and
    ///   the item type; they mean nothing to Koha.
    ///
    /// Not dropped by default, though a caller may add it: **952**, items embedded in a plain-MARC source. The
    /// holdings step reads them as items and the emit stage writes every item's 952 after these rules run, so a
    /// source's own 952 left in place would appear twice; add `"952"` when those sources take part, and apply
    /// the rules before appending the items.
    public static let defaultDroppedTags: [Tag] = ["852", "886", "887"]

    public init(controlNumbers: ControlNumberPolicy, droppedTags: [Tag] = KohaRecordRules.defaultDroppedTags) {
        self.controlNumbers = controlNumbers
        self.droppedTags = droppedTags
    }

    /// The record as Koha should import it.
    /// - Parameters:
    ///   - itemTypes: the Koha item types (952 `$y`) of the items emitted with this record, one per item.
    ///   - fallbackItemType: the item type for a record without items, derived by the caller from the
    ///     record's format.
    public func apply(to record: Record, itemTypes: [String], fallbackItemType: String) -> KohaPreparedRecord {
        var record = record
        var changes: [KohaRecordChange] = []
        changes += KohaRecordRules.removeKohaIDs(&record)
        changes += LocalSubjects.moveToIndexTerms(&record)
        changes += KohaRecordRules.drop(droppedTags, from: &record)
        changes += KohaRecordRules.removeAuthorityIDs(&record)
        changes += controlNumbers.apply(to: &record)
        changes += KohaRecordRules.setItemType(&record, itemTypes: itemTypes, fallback: fallbackItemType)
        changes += KohaRecordRules.markUnicode(&record)
        return KohaPreparedRecord(record: record, changes: changes)
    }
}
