import MARC

extension KohaSetup {
    /// Everything Koha's tables cannot hold, in table order: empty or too long codes, names too long for their
    /// column, one code given two different names, and status values that are not small integers.
    public func problems() -> [String] {
        var problems: [String] = []
        func check(_ table: String, _ code: String, limit: Int, what: String = "code") {
            if code.isEmpty { problems.append("\(table): an empty \(what)") }
            if code.unicodeScalars.count > limit {
                problems.append("\(table): \(what) “\(code)” is longer than Koha's \(limit) characters")
            }
        }
        func conflicts<Key: Hashable & Comparable>(_ table: String, _ pairs: [(Key, String)], _ name: (Key) -> String) {
            var seen: [Key: Set<String>] = [:]
            for (key, text) in pairs { seen[key, default: []].insert(NFC.normalize(text)) }
            for (key, texts) in seen.sorted(by: { $0.key < $1.key }) where texts.count > 1 {
                problems.append("\(table): \(name(key)) has \(texts.count) different names: \(texts.sorted().joined(separator: " / "))")
            }
        }

        for branch in branches {
            check("branches", branch.code, limit: 10)
            if branch.name.isEmpty { problems.append("branches: “\(branch.code)” has no name") }
        }
        conflicts("branches", branches.map { ($0.code, $0.name) }) { "“\($0)”" }

        for type in itemTypes { check("itemtypes", type.code, limit: 10) }
        conflicts("itemtypes", itemTypes.map { ($0.code, $0.description) }) { "“\($0)”" }

        for value in authorisedValues {
            let table = "authorised_values \(value.category.rawValue)"
            check(table, value.value, limit: 80, what: "value")
            if value.description.unicodeScalars.count > 200 {
                problems.append("\(table): the description of “\(value.value)” is longer than Koha's 200 characters")
            }
            if value.category.isNumeric && !(Int(value.value).map { (-128...127).contains($0) } ?? false) {
                problems.append(
                    "\(table): “\(value.value)” is not a whole number from -128 to 127, as Koha's item status columns need")
            }
        }
        conflicts("authorised_values", authorisedValues.map { (SortKey($0), $0.description) }) {
            "\($0.category.rawValue) “\($0.value)”"
        }

        for source in classificationSources {
            check("class_sources", source.code, limit: 10)
            check("class_sources", source.sortRule, limit: 10, what: "filing rule")
            check("class_sources", source.splitRule, limit: 10, what: "splitting rule")
        }
        conflicts("class_sources", classificationSources.map { ($0.code, $0.description) }) { "“\($0)”" }
        return problems
    }

    /// An authorised value's place in the output: by category, then by value (numerically when both are
    /// whole numbers, so status 2 comes before 10).
    struct SortKey: Hashable, Comparable {
        var category: Category
        var value: String

        init(_ value: AuthorisedValue) {
            category = value.category
            self.value = NFC.normalize(value.value)
        }

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.category != rhs.category { return lhs.category < rhs.category }
            if let left = Int(lhs.value), let right = Int(rhs.value), left != right { return left < right }
            return lhs.value.unicodeScalars.lexicographicallyPrecedes(rhs.value.unicodeScalars)
        }
    }
}
