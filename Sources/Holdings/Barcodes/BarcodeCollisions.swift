import MARC

/// Every collision among the prepared copies: who holds each barcode, and what is in each copy's way.
struct BarcodeCollisions: Sendable {
    /// Copy positions (in the stable order) by barcode key, for every key held by a copy.
    let holders: [String: [Int]]
    /// The municipalities whose patron cards carry each key.
    let patronCards: [String: [String]]
    /// Per copy position, its conflicts in `BarcodeConflict` order (empty for most).
    let conflicts: [[BarcodeConflict]]
    /// Per copy position, the conflicts in words; empty for a copy without conflicts.
    let words: [String]

    init(_ copies: [PreparedCopy], patrons: [PatronBarcode], findings: inout [Finding]) {
        var holders: [String: [Int]] = [:]
        for (index, copy) in copies.enumerated() {
            if let value = copy.value { holders[BarcodeText.key(value), default: []].append(index) }
        }
        var cards: [String: Set<String>] = [:]
        for patron in patrons {
            let value = patron.barcode.trimmingSurroundingSpaces
            if !value.isEmpty { cards[BarcodeText.key(value), default: []].insert(patron.municipality) }
        }
        patronCards = cards.mapValues { $0.sorted(by: NaturalOrder.less) }
        self.holders = holders

        var conflicts = Array(repeating: [BarcodeConflict](), count: copies.count)
        var words = Array(repeating: "", count: copies.count)
        for (index, copy) in copies.enumerated() {
            guard let value = copy.value else { continue }
            let key = BarcodeText.key(value)
            let others = holders[key, default: []].filter { $0 != index }.map { copies[$0].item }
            var found: Set<BarcodeConflict> = []
            if others.contains(where: { $0.municipality != copy.item.municipality }) { found.insert(.acrossMunicipalities) }
            if others.contains(where: { $0.municipality == copy.item.municipality }) { found.insert(.withinMunicipality) }
            var phrases: [String] = []
            if !others.isEmpty { phrases.append("barcode \(value) is also on \(Self.list(others.map(\.description)))") }
            if let cards = patronCards[key] {
                found.insert(.patron)
                phrases.append("barcode \(value) is also a patron card in \(Self.list(cards))")
            }
            let length = BarcodeText.length(value)
            if length > BarcodeText.maximumLength {
                found.insert(.tooLong)
                phrases.append("barcode \(value) is \(length) characters long, over Koha's \(BarcodeText.maximumLength)")
            }
            conflicts[index] = found.sorted()
            words[index] = phrases.joined(separator: "; ")
        }
        self.conflicts = conflicts
        self.words = words
        findings += Self.findings(copies, holders: holders, patronCards: patronCards)
    }

    /// One finding per barcode held by several copies or by a copy and a card, and one per over-long barcode,
    /// in the order of their first holder.
    private static func findings(_ copies: [PreparedCopy], holders: [String: [Int]],
                                 patronCards: [String: [String]]) -> [Finding] {
        var findings: [Finding] = []
        for (index, copy) in copies.enumerated() {
            guard let value = copy.value else { continue }
            let key = BarcodeText.key(value)
            let group = holders[key, default: []]
            if group.first == index, group.count > 1 || patronCards[key] != nil {
                var owners = group.map { copies[$0].item.description }
                if let cards = patronCards[key] { owners.append("patron cards in \(list(cards))") }
                findings.append(Finding(.warning, "barcode.collision", "barcode \(value) is held by \(list(owners, limit: 10))"))
            }
            let length = BarcodeText.length(value)
            if length > BarcodeText.maximumLength {
                findings.append(Finding(.warning, "barcode.too-long",
                                        "\(copy.item)'s barcode \(value) is \(length) characters long; Koha allows \(BarcodeText.maximumLength)"))
            }
        }
        return findings
    }

    /// `a`, `a and b`, `a, b and c`, `a, b, c and 4 more`.
    static func list(_ names: [String], limit: Int = 3) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        if names.count > limit { return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
