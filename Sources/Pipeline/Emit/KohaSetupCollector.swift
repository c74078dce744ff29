import Exports
import Koha

/// The branches, item types and authorised values the emitted items use, named from the source tables
/// (through the mapping files), and SAB as the classification source: what a fresh Koha must hold first.
struct KohaSetupCollector {
    let mappers: ItemMappers
    private var used: [String: Set<String>] = [:]

    init(mappers: ItemMappers) { self.mappers = mappers }

    mutating func use(_ item: MappedItem) {
        used["branch", default: []].formUnion([item.homeBranch, item.holdingBranch])
        used["itemtype", default: []].insert(item.itemType)
        for (category, value) in [("LOC", item.location), ("CCODE", item.collection), ("NOT_LOAN", item.notForLoan),
                                  ("LOST", item.lost), ("DAMAGED", item.damaged), ("WITHDRAWN", item.withdrawn)] {
            if let value { used[category, default: []].insert(value) }
        }
    }

    /// A record's 942 $c fallback is an item type too.
    mutating func useItemType(_ code: String) {
        if !code.isEmpty { used["itemtype", default: []].insert(code) }
    }

    func setup() -> KohaSetup {
        func named(_ category: String) -> [(String, String)] {
            (used[category] ?? []).sorted().map { ($0, mappers.names[category]?[$0] ?? $0) }
        }
        var values: [KohaSetup.AuthorisedValue] = []
        for category in KohaSetup.Category.allCases {
            values += named(category.rawValue).map { KohaSetup.AuthorisedValue(category: category, value: $0.0, description: $0.1) }
        }
        return KohaSetup(branches: named("branch").map { KohaSetup.Branch(code: $0.0, name: $0.1) },
                         itemTypes: named("itemtype").map { KohaSetup.ItemType(code: $0.0, description: $0.1) },
                         authorisedValues: values,
                         classificationSources: [KohaSetup.ClassificationSource(code: "SAB", description: "Klassifikationssystem för svenska bibliotek")])
    }
}
