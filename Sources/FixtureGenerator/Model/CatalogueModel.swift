/// Turns works into editions, decides which municipalities hold each edition and how each catalogued it,
/// and gives every holding its copies. All draws come from generators keyed by the thing drawn for.
struct CatalogueModel {
    let seed: UInt64
    let municipalities: [Municipality]
    let weights: [Double]

    init(seed: UInt64, municipalities: [Municipality]) {
        self.seed = seed
        self.municipalities = municipalities
        weights = municipalities.map { $0.weight(among: municipalities) }
    }

    /// The editions of a work: its print edition first, then its look-alikes. `firstID` numbers them.
    func editions(of work: Work, firstID: Int) -> [Edition] {
        var rng = SplitMix64(seed, 2, UInt64(work.id))
        let kinds = [Edition.Kind.print] + Edition.lookAlikes(for: work, rng: &rng)
        return kinds.enumerated().map { offset, kind in
            let (place, publisher) = work.popularity == .local
                ? ("Skövde", "Skaraborgs läns hembygdsförbund") : rng.pick(Vocabulary.publishers)
            let year: Int
            switch kind {
            case .print, .volume2: year = work.year
            case .otherEdition: year = min(2025, work.year + rng.int(2, 8))
            default: year = min(2025, work.year + rng.int(0, 2))
            }
            return Edition(id: firstID + offset, work: work, kind: kind, isbn13: ISBN.swedish13(edition: firstID + offset),
                           year: year, publisherPlace: place, publisher: publisher, pages: rng.int(96, 640))
        }
    }

    /// The municipalities (indices) that hold an edition, in consortium order.
    func holders(of edition: Edition) -> [Int] {
        var rng = SplitMix64(seed, 3, UInt64(edition.id))
        if let local = edition.work.localMunicipality { return [local] }
        let main = edition.kind == .print
        var chosen: [Int] = []
        for (index, weight) in weights.enumerated() {
            let chance: Double
            switch (edition.work.popularity, main) {
            case (.bestseller, true): chance = 0.7 + 0.3 * weight
            case (.bestseller, false): chance = 0.2 + 0.4 * weight
            case (_, true): chance = 0.06 + 0.45 * weight
            case (_, false): chance = 0.04 + 0.22 * weight
            }
            if rng.chance(chance) { chosen.append(index) }
        }
        if chosen.isEmpty { chosen.append(rng.weighted(weights)) }
        return chosen
    }

    /// How many copies one municipality has of an edition.
    func copyCount(_ edition: Edition, municipality: Int, rng: inout SplitMix64) -> Int {
        if edition.kind == .ebook { return 0 }
        let weight = weights[municipality]
        switch edition.work.popularity {
        case .bestseller: return 1 + Int(weight * 3) + rng.int(0, 2) - (edition.kind == .print ? 0 : 1)
        case .local: return 1 + rng.int(0, 2)
        case .ordinary: return 1 + (rng.chance(0.6) ? 1 : 0) + (rng.chance(0.4 * weight) ? 1 : 0)
        }
    }

    /// One copy's codes, before ids and barcodes.
    func item(_ edition: Edition, municipality: Int, rng: inout SplitMix64, itemID: Int, recordID: Int, catalogued: Int,
              barcode: String) -> PendingItem {
        let branches = municipalities[municipality].branches.count
        let system = municipalities[municipality].system
        let home = rng.chance(0.65) || branches == 1 ? 0 : rng.int(1, branches - 1)
        var item = PendingItem(itemID: itemID, recordID: recordID, editionID: edition.id, homeBranch: home,
                               department: LocalCodes.adult, shelf: LocalCodes.fictionShelf, loanCategory: LocalCodes.normalLoan,
                               price: rng.int(99, 449), acquired: catalogued + rng.int(0, 40), loans: rng.int(0, 120),
                               barcode: barcode)
        if branches > 1 && rng.chance(system == .libra ? 0.04 : 0.03) {
            item.currentBranch = (home + rng.int(1, branches - 1)) % branches
        }
        let work = edition.work
        switch (edition.kind, work.popularity) {
        case (.largePrint, _): item.shelf = LocalCodes.largePrintShelf
        case (.audiobookCD, _), (.audiobookMP3, _): item.shelf = LocalCodes.audioShelf
        case (_, .local):
            item.shelf = rng.chance(0.2) ? LocalCodes.stackShelf : LocalCodes.localShelf
            item.department = LocalCodes.reference
        default:
            if work.sab.hasPrefix("Hcf") {
                item.shelf = LocalCodes.childrenShelf
                item.department = LocalCodes.children
            } else {
                item.shelf = work.fiction ? LocalCodes.fictionShelf : LocalCodes.factShelf
                if rng.chance(0.1) { item.department = LocalCodes.youth }
            }
        }
        if work.popularity == .local && rng.chance(0.3) { item.loanCategory = LocalCodes.referenceLoan }
        else if work.popularity == .bestseller && rng.chance(0.3) { item.loanCategory = LocalCodes.shortLoan }
        else if rng.chance(0.01) { item.loanCategory = LocalCodes.referenceLoan }
        if system == .bookit && rng.chance(0.02) { item.loanCategory = LocalCodes.interlibraryOrNoLoan }
        if rng.chance(0.005) {
            item.interlibraryLoan = true
            if system == .libra { item.loanCategory = LocalCodes.interlibraryOrNoLoan }
        }
        let statusDraw = rng.unit() * 100
        if statusDraw >= LocalCodes.onShelfWeight {
            item.status = rng.weighted(LocalCodes.statuses.map(\.weight))
        }
        if system == .libra {
            item.hidden = rng.chance(0.005)
            item.ordered = rng.chance(0.01)
        }
        if item.loans > 0 && !item.ordered { item.lastLoan = min(FixedCalendar.exportDay - 1, item.acquired + rng.int(1, 3000)) }
        if item.ordered { item.loans = 0 }
        return item
    }
}
