import MARC
@testable import Dedupe

/// Builds cluster members for the survivor, merge and comparison tests: one edition of "Häxan" as the
/// municipalities catalogued it.
enum MergeTestRecords {
    static func data(_ tag: Tag, _ subfields: [(Character, String)], indicators: String = "  ") -> Field {
        Field(tag: tag, indicators: indicators, subfields: subfields.map { Subfield($0.0, $0.1) })
    }

    /// A leader with `level` at leader/17.
    static func leader(_ level: Character) -> Leader {
        var leader = Leader.defaultBibliographic
        leader[17] = level.asciiValue!
        return leader
    }

    /// The description every municipality shares; `extra` fields are added after it.
    static func record(level: Character = " ", id: String = "1", extra: [Field] = []) -> Record {
        var fields = [
            Field(tag: "001", value: id),
            Field(tag: "008", value: "150101s2015    sw            000 1 swe d"),
            data("020", [("a", "9789100141707")]),
            data("100", [("a", "Sjöberg, Åsa")], indicators: "1 "),
            data("245", [("a", "Häxan :"), ("b", "roman /"), ("c", "Åsa Sjöberg.")], indicators: "10"),
            data("264", [("a", "Stockholm :"), ("b", "Bonnier,"), ("c", "2015")], indicators: " 1"),
            data("300", [("a", "412 s.")]),
        ]
        fields += extra
        return Record(leader: leader(level), fields: fields)
    }

    /// A bare order record as acquisitions writes it: title and ISBN only.
    static func orderRecord(level: Character = " ") -> Record {
        Record(leader: leader(level), fields: [
            Field(tag: "001", value: "order"),
            data("020", [("a", "9789100141707")]),
            data("245", [("a", "Häxan")], indicators: "10"),
        ])
    }

    static func member(_ id: Int64, _ municipality: String, _ localID: String, _ record: Record, system: String = "libra",
                       copies: Int = 1, allCopiesOrdered: Bool = false) -> MergeMember {
        MergeMember(id: id, municipality: municipality, system: system, localID: localID, record: record, copies: copies,
                    allCopiesOrdered: allCopiesOrdered)
    }

    /// Every ordering of `items` for small arrays, a fixed set of rotations and reversals beyond six.
    static func orderings<T>(_ items: [T]) -> [[T]] {
        guard items.count > 1 else { return [items] }
        if items.count > 6 {
            return items.indices.flatMap { shift in
                let rotated = Array(items[shift...] + items[..<shift])
                return [rotated, rotated.reversed()]
            }
        }
        return items.indices.flatMap { index -> [[T]] in
            var rest = items
            let first = rest.remove(at: index)
            return orderings(rest).map { [first] + $0 }
        }
    }
}
