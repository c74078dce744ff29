import MARC

/// Two lists of fields with one tag lined up in order: equal fields kept where the longest common run of them
/// puts them, and between two kept fields the old ones not kept paired in order with the new ones as changed,
/// the rest removed or added. Removing the second of three 650s is then one removal, not two changes.
enum FieldAlignment {
    /// Above this many comparisons (a record with thousands of copies on both sides) the middle is paired by
    /// position only.
    static let comparisonLimit = 4_000_000

    enum Step: Equatable {
        case changed(Field, Field)
        case removed(Field)
        case added(Field)
    }

    static func align(_ old: [Field], _ new: [Field]) -> [Step] {
        guard old != new else { return [] }
        let prefix = zip(old, new).prefix { $0 == $1 }.count
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let a = Array(old[prefix..<old.count - suffix]), b = Array(new[prefix..<new.count - suffix])
        var steps: [Step] = []
        var removed: [Field] = [], added: [Field] = []
        func flush() {
            for (x, y) in zip(removed, added) { steps.append(.changed(x, y)) }
            steps += removed.dropFirst(added.count).map(Step.removed)
            steps += added.dropFirst(removed.count).map(Step.added)
            removed.removeAll()
            added.removeAll()
        }
        guard a.count * b.count <= comparisonLimit else {
            removed = a
            added = b
            flush()
            return steps
        }
        let lengths = commonLengths(a, b)
        let width = b.count + 1
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                flush()
                i += 1
                j += 1
            } else if j == b.count || (i < a.count && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
                removed.append(a[i])
                i += 1
            } else {
                added.append(b[j])
                j += 1
            }
        }
        flush()
        return steps
    }

    /// `lengths[i * (b.count + 1) + j]`: the longest common subsequence of `a[i...]` and `b[j...]`.
    private static func commonLengths(_ a: [Field], _ b: [Field]) -> [Int32] {
        let width = b.count + 1
        var lengths = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i * width + j] = a[i] == b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        return lengths
    }
}
