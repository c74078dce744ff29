import MARC

/// One Koha item, as the MARC21 default framework carries it in a repeatable 952.
///
/// Every property is the text Koha stores, already mapped to Koha's codes (branch codes, item types,
/// authorised values): this type only places values in subfields, it does not check them against Koha's
/// setup. Dates are `YYYY-MM-DD` (see `KohaDate`), prices decimal strings with a dot (see `SwedishPrice`),
/// status values (`withdrawn`, `lost`, `damaged`, `notForLoan`) the authorised value's code, which must be a
/// small integer because Koha keeps them in `tinyint` columns (`"0"` or empty for none). An empty string
/// means "not given" and is left out of the field. Koha's column limits: barcode 20 characters, branch codes
/// and item type 10, location and collection 80, copy and inventory number 32.
///
/// There is deliberately no due date (952 `$q`): samkat migrates the catalogue, not circulation. A due date
/// without the loan that goes with it makes Koha show the item as checked out to nobody, and the item cannot
/// be checked in or out until someone clears it by hand. Loans travel later, through the crosswalks.
public struct KohaItem: Hashable, Sendable {
    /// `$a` home branch code (`branches.branchcode`).
    public var homeBranch: String
    /// `$b` holding branch code; usually the same as the home branch.
    public var holdingBranch: String
    /// `$c` shelving location, an authorised value of category `LOC`.
    public var location: String
    /// `$d` date accessioned, `YYYY-MM-DD`.
    public var dateAccessioned: String
    /// `$e` source of acquisition (supplier).
    public var sourceOfAcquisition: String
    /// `$g` price paid, decimal with a dot (`"199.00"`).
    public var price: String
    /// `$h` serial enumeration / chronology.
    public var enumeration: String
    /// `$i` inventory number.
    public var inventoryNumber: String
    /// `$l` total checkouts, digits.
    public var totalCheckouts: String
    /// `$m` total renewals, digits.
    public var renewals: String
    /// `$o` full call number (shelf signum).
    public var callNumber: String
    /// `$2` source of classification for the call number (`class_sources.cn_source`, e.g. `"SAB"`).
    public var classificationSource: String
    /// `$p` barcode: unique across the consortium, at most 20 characters (checked by the holdings step).
    public var barcode: String
    /// `$r` date last seen, `YYYY-MM-DD`.
    public var dateLastSeen: String
    /// `$s` date last borrowed, `YYYY-MM-DD`.
    public var dateLastBorrowed: String
    /// `$t` copy number.
    public var copyNumber: String
    /// `$v` replacement price, decimal with a dot.
    public var replacementPrice: String
    /// `$x` non-public note (staff only).
    public var nonPublicNote: String
    /// `$y` item type (`itemtypes.itemtype`).
    public var itemType: String
    /// `$z` public note.
    public var publicNote: String
    /// `$0` withdrawn status, authorised value of category `WITHDRAWN`.
    public var withdrawn: String
    /// `$1` lost status, authorised value of category `LOST`.
    public var lost: String
    /// `$4` damaged status, authorised value of category `DAMAGED`.
    public var damaged: String
    /// `$7` not-for-loan status, authorised value of category `NOT_LOAN`.
    public var notForLoan: String
    /// `$8` collection code, authorised value of category `CCODE`.
    public var collection: String

    /// An item with every property empty except those given.
    public init(
        homeBranch: String = "", holdingBranch: String = "", location: String = "", dateAccessioned: String = "",
        sourceOfAcquisition: String = "", price: String = "", enumeration: String = "", inventoryNumber: String = "",
        totalCheckouts: String = "", renewals: String = "", callNumber: String = "", classificationSource: String = "",
        barcode: String = "", dateLastSeen: String = "", dateLastBorrowed: String = "", copyNumber: String = "",
        replacementPrice: String = "", nonPublicNote: String = "", itemType: String = "", publicNote: String = "",
        withdrawn: String = "", lost: String = "", damaged: String = "", notForLoan: String = "",
        collection: String = ""
    ) {
        self.homeBranch = homeBranch
        self.holdingBranch = holdingBranch
        self.location = location
        self.dateAccessioned = dateAccessioned
        self.sourceOfAcquisition = sourceOfAcquisition
        self.price = price
        self.enumeration = enumeration
        self.inventoryNumber = inventoryNumber
        self.totalCheckouts = totalCheckouts
        self.renewals = renewals
        self.callNumber = callNumber
        self.classificationSource = classificationSource
        self.barcode = barcode
        self.dateLastSeen = dateLastSeen
        self.dateLastBorrowed = dateLastBorrowed
        self.copyNumber = copyNumber
        self.replacementPrice = replacementPrice
        self.nonPublicNote = nonPublicNote
        self.itemType = itemType
        self.publicNote = publicNote
        self.withdrawn = withdrawn
        self.lost = lost
        self.damaged = damaged
        self.notForLoan = notForLoan
        self.collection = collection
    }
}
