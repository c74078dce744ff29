import MARC

extension RecordComparison {
    /// Within one tag, each field of the first record is paired first with a field of the second that is the
    /// same (the first unpaired one, so two 650s in another order are still `same`), then the remaining fields
    /// with the remaining ones in order (`differs`); what is left over is `only-first` or `only-second`. Rows
    /// follow the first record's fields in order, then the second's leftovers.
    /// A row with the fields it shows.
    struct Aligned {
        var row: Row
        var first: Field?
        var second: Field?
    }

    static func align(_ first: Record, _ second: Record) -> [Aligned] {
        let left = Dictionary(grouping: first.fields.filter { !isIgnored($0.tag) }, by: \.tag)
        let right = Dictionary(grouping: second.fields.filter { !isIgnored($0.tag) }, by: \.tag)
        var rows: [Aligned] = []
        for tag in Set(left.keys).union(right.keys).sorted() {
            rows += alignTag(tag, left[tag] ?? [], right[tag] ?? [])
        }
        return rows
    }

    private static func alignTag(_ tag: Tag, _ left: [Field], _ right: [Field]) -> [Aligned] {
        let rightKeys = right.map(comparisonKey)
        var partner = [Int?](repeating: nil, count: left.count)
        var taken = Set<Int>()
        for (index, field) in left.enumerated() {
            let key = comparisonKey(field)
            if let match = right.indices.first(where: { !taken.contains($0) && rightKeys[$0] == key }) {
                partner[index] = match
                taken.insert(match)
            }
        }
        var rest = right.indices.filter { !taken.contains($0) }[...]
        for index in left.indices where partner[index] == nil {
            guard let next = rest.popFirst() else { break }
            partner[index] = next
            taken.insert(next)
        }
        func aligned(_ mark: Mark, _ a: Field?, _ b: Field?) -> Aligned {
            let row = Row(tag: tag.description, mark: mark, first: a.map(FieldText.readable),
                          second: b.map(FieldText.readable))
            return Aligned(row: row, first: a, second: b)
        }
        var rows: [Aligned] = left.indices.map { index in
            guard let match = partner[index] else { return aligned(.onlyFirst, left[index], nil) }
            let same = comparisonKey(left[index]) == rightKeys[match]
            return aligned(same ? .same : .differs, left[index], right[match])
        }
        rows += rest.map { aligned(.onlySecond, nil, right[$0]) }
        return rows
    }
}
