import MARC

extension KohaRecordRules {
    /// The tag of Koha's local bibliographic data; `$c` is the record's default item type.
    public static let kohaDataTag: Tag = "942"

    /// The record's default item type (942 `$c`).
    ///
    /// The rule: the item type most of the record's items have; on a tie, the one first in alphabetical
    /// (code point) order, so the choice never depends on the order items arrive in. Empty item types are not
    /// counted. A record without items (or only items without a type) gets `fallback`, which the caller
    /// derives from the record's format. Nil only when there are no item types and `fallback` is empty.
    public static func defaultItemType(of itemTypes: [String], fallback: String) -> String? {
        var counts: [String: Int] = [:]
        for type in itemTypes where !type.isEmpty { counts[type, default: 0] += 1 }
        let best = counts.min { lhs, rhs in lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key }
        if let best { return best.key }
        return fallback.isEmpty ? nil : fallback
    }

    /// Writes 942 `$c`: in the first 942 when the record has one (its other subfields kept, any other `$c`
    /// replaced), in a new 942 otherwise.
    static func setItemType(_ record: inout Record, itemTypes: [String], fallback: String) -> [KohaRecordChange] {
        let tag = kohaDataTag
        guard let chosen = defaultItemType(of: itemTypes, fallback: fallback).map(NFC.normalize) else {
            let message = "no item type: the record has no items with one and no fallback was given; Koha requires 942 $c"
            return [KohaRecordChange(.itemType, tag, message)]
        }
        let why = itemTypes.contains { !$0.isEmpty }
            ? "the most common item type of its \(itemTypes.count) item\(itemTypes.count == 1 ? "" : "s")"
            : "no items with an item type: the type for its format"
        guard let index = record.fields.firstIndex(where: { $0.tag == tag }) else {
            record.insertInOrder(Field(tag: tag, subfields: [Subfield("c", chosen)]))
            return [KohaRecordChange(.itemType, tag, "942 $c \(chosen): \(why)")]
        }
        let old = record.fields[index].values("c")
        if old == [chosen] { return [] }
        record.fields[index].removeSubfields("c")
        let position = record.fields[index].subfields.firstIndex { isAfterC($0.code) } ?? record.fields[index].subfields.endIndex
        record.fields[index].subfields.insert(Subfield("c", chosen), at: position)
        let was = old.isEmpty ? "" : " (was \(old.map { "$c \($0)" }.joined(separator: ", ")))"
        return [KohaRecordChange(.itemType, tag, "942 $c \(chosen)\(was): \(why)")]
    }

    /// Keeps an existing 942's subfields in code order around the new `$c`: letters after `c` follow it.
    static func isAfterC(_ code: UInt8) -> Bool { code > UInt8(ascii: "c") && code <= UInt8(ascii: "z") }
}
