/// The code lists every library keeps — statuses, loan categories, departments, shelves — as concepts the
/// generator reasons with (an index), and the names each system gives them. Each municipality numbers them its
/// own way (`LocalCodes.ids`), so status 7 in Hjo is not status 7 in Skövde.
enum LocalCodes {
    struct Status {
        let libraCode: String
        let libraName: String
        let bookitName: String
        let useWhenDelete: Bool
        let outcome: ItemOutcome
        let weight: Double
    }

    /// Copy statuses. An item without a status is on the shelf.
    static let statuses: [Status] = [
        Status(libraCode: "SE", libraName: "Saknat – efterforskas", bookitName: "Saknas", useWhenDelete: false, outcome: .migrate, weight: 2),
        Status(libraCode: "BB", libraName: "Hos bokbindning", bookitName: "Hos bokbindaren", useWhenDelete: false, outcome: .notForLoan, weight: 0.5),
        Status(libraCode: "GA", libraName: "Gallrat", bookitName: "Gallrad", useWhenDelete: false, outcome: .doNotMigrate, weight: 3),
        Status(libraCode: "KA", libraName: "Kasserat", bookitName: "Kasserad", useWhenDelete: false, outcome: .doNotMigrate, weight: 1.5),
        Status(libraCode: "FÖ", libraName: "Försvunnen", bookitName: "Försvunnen", useWhenDelete: false, outcome: .doNotMigrate, weight: 1),
        Status(libraCode: "RA", libraName: "Raderad", bookitName: "Raderad", useWhenDelete: true, outcome: .doNotMigrate, weight: 1.5),
        Status(libraCode: "SK", libraName: "Skadad", bookitName: "Skadad", useWhenDelete: false, outcome: .notForLoan, weight: 1),
        Status(libraCode: "UT", libraName: "Utställning", bookitName: "Utställning", useWhenDelete: false, outcome: .migrate, weight: 1.5),
    ]
    /// Chance in percent that a copy has no status: the weights above share the rest.
    static let onShelfWeight = 88.0

    struct LoanCategory {
        let libraName: String
        let bookitName: String
        let loanAllowed: Bool
    }

    /// Libra loan periods and BOOK-IT CI_CAT loan categories. Index 2 (reference) and 4 (Libra: interlibrary
    /// loan; BOOK-IT: no home loans) are not for loan.
    static let loanCategories: [LoanCategory] = [
        LoanCategory(libraName: "Normallån 28 dagar", bookitName: "Normallån", loanAllowed: true),
        LoanCategory(libraName: "Kortlån 14 dagar", bookitName: "Korttidslån", loanAllowed: true),
        LoanCategory(libraName: "Referenslån", bookitName: "Referens", loanAllowed: false),
        LoanCategory(libraName: "Tidskrifter", bookitName: "Tidskrift", loanAllowed: true),
        LoanCategory(libraName: "Fjärrlån", bookitName: "Ej hemlån", loanAllowed: false),
        LoanCategory(libraName: "Film 7 dagar", bookitName: "Film", loanAllowed: true),
    ]
    static let normalLoan = 0, shortLoan = 1, referenceLoan = 2, interlibraryOrNoLoan = 4

    static let departments: [(code: String, name: String)] = [
        ("V", "Vuxen"), ("B", "Barn"), ("U", "Unga"), ("R", "Referens"),
    ]
    static let adult = 0, children = 1, youth = 2, reference = 3

    static let shelves: [(code: String, name: String)] = [
        ("SKÖN", "Skönlitteratur"), ("FAKTA", "Facklitteratur"), ("LOKAL", "Lokalhistoria"), ("STOR", "Storstil"),
        ("LJUD", "Ljudböcker"), ("BARN", "Barnhyllan"), ("MAGA", "Magasin"),
    ]
    static let fictionShelf = 0, factShelf = 1, localShelf = 2, largePrintShelf = 3, audioShelf = 4, childrenShelf = 5, stackShelf = 6

    /// BOOK-IT media types: a hierarchy through CA_MEDIA_TYPE_ID_PARENT, BURK codes prefix-matched.
    static let mediaTypes: [(id: Int, code: String, name: String, parent: Int?)] = [
        (1, "B", "Bok", nil), (2, "BS", "Storstilsbok", 1), (3, "L", "Ljudbok", nil), (4, "LCD", "Ljudbok CD", 3),
        (5, "LMP3", "Ljudbok MP3", 3), (6, "E", "E-bok", nil), (7, "BT", "Talbok", 1),
    ]

    /// The ids a municipality gives to `count` concepts: 1…count plus a municipal offset, shuffled.
    static func ids(_ count: Int, seed: UInt64, municipality: Int, list: UInt64) -> [Int] {
        var rng = SplitMix64(seed, 100 + list, UInt64(municipality))
        let offset = rng.int(0, 3) * 10
        return rng.permutation(count).map { $0 + 1 + offset }
    }
}

/// What an item must become in Koha, under the default policy the README of a fixture states.
enum ItemOutcome: String {
    case migrate
    case notForLoan = "not-for-loan"
    case doNotMigrate = "do-not-migrate"
    case rejectedRow = "rejected-row"
}
