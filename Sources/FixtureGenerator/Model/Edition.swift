/// An edition (manifestation): the unit of deduplication. Records of the same edition, in any municipality,
/// should merge; records of different editions of one work (large print, audiobook, volume 2 …) look alike and
/// must not.
struct Edition {
    enum Kind: String, CaseIterable {
        case print
        case largePrint = "large-print"
        case audiobookCD = "audiobook-cd"
        case audiobookMP3 = "audiobook-mp3"
        case ebook = "e-book"
        case otherEdition = "other-edition"
        case volume2 = "volume-2"
        case translation
    }

    let id: Int
    let work: Work
    let kind: Kind
    let isbn13: String
    let year: Int
    let publisherPlace: String
    let publisher: String
    let pages: Int

    /// 020 $q, the qualifier a cataloguer may add.
    var qualifier: String {
        switch kind {
        case .largePrint: "storstil"
        case .audiobookCD: "CD"
        case .audiobookMP3: "mp3"
        case .ebook: "e-bok"
        default: work.id % 2 == 0 ? "inb." : "hft."
        }
    }

    var language: String { kind == .translation ? (work.id % 3 == 0 ? "fin" : "eng") : "swe" }

    /// 250 $a.
    var editionStatement: String? {
        switch kind {
        case .otherEdition: "2. uppl."
        case .largePrint: "Storstilsutg."
        default: nil
        }
    }

    /// Leader/06: `i` nonmusical sound recording, else `a` text.
    var recordType: UInt8 { kind == .audiobookCD || kind == .audiobookMP3 ? 0x69 : 0x61 }

    /// 245 $h general material designation, where one is usual.
    var materialDesignation: String? {
        switch kind {
        case .audiobookCD, .audiobookMP3: "[Ljudupptagning]"
        case .ebook: "[Elektronisk resurs]"
        default: nil
        }
    }

    /// BURK media code (BOOK-IT 887 $b).
    var burkCode: String {
        switch kind {
        case .largePrint: "BS"
        case .audiobookCD: "LCD"
        case .audiobookMP3: "LMP3"
        case .ebook: "E"
        default: "B"
        }
    }

    /// Shelf a copy of this edition goes to, by kind (index into the shelf list).
    var title: String {
        switch kind {
        case .translation:
            language == "eng" ? "The \(work.title.split(separator: " ").last.map(String.init) ?? work.title)" : work.title
        default: work.title
        }
    }

    /// 245 $n for the second volume.
    var partNumber: String? { kind == .volume2 ? "D. 2" : nil }

    /// The kinds a work may have beside its print edition, with their chances (bestsellers get more).
    static func lookAlikes(for work: Work, rng: inout SplitMix64) -> [Kind] {
        let boost = work.popularity == .bestseller ? 4.0 : 1.0
        guard work.popularity != .local else { return rng.chance(0.05) ? [.otherEdition] : [] }
        var kinds: [Kind] = []
        if rng.chance(0.06 * boost) { kinds.append(.largePrint) }
        if rng.chance(0.08 * boost) { kinds.append(.audiobookCD) }
        if rng.chance(0.05 * boost) { kinds.append(.audiobookMP3) }
        if rng.chance(0.06 * boost) { kinds.append(.ebook) }
        if rng.chance(0.06) { kinds.append(.otherEdition) }
        if rng.chance(0.04) { kinds.append(.volume2) }
        if rng.chance(0.04) { kinds.append(.translation) }
        return kinds
    }
}
