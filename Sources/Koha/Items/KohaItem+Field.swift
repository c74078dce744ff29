import MARC

extension KohaItem {
    /// The 952 tag Koha's MARC21 default framework keeps items in.
    public static let tag: Tag = "952"

    /// The subfields in the order `field()` writes them: letters alphabetically, with `$2` (classification
    /// source) right after `$o` (the call number it qualifies), then the status and collection codes
    /// `$0 $1 $4 $7 $8`. Koha reads 952 subfields by code, so the order is for people and diffs only; fixing it
    /// keeps every emitted catalogue byte-identical between runs. `$q` (due date) is never written.
    public static let subfieldOrder: [Character] = [
        "a", "b", "c", "d", "e", "g", "h", "i", "l", "m", "o", "2", "p", "r", "s", "t", "v", "x", "y", "z",
        "0", "1", "4", "7", "8",
    ]

    /// The value for one subfield code of `subfieldOrder`.
    func value(for code: Character) -> String {
        switch code {
        case "a": homeBranch
        case "b": holdingBranch
        case "c": location
        case "d": dateAccessioned
        case "e": sourceOfAcquisition
        case "g": price
        case "h": enumeration
        case "i": inventoryNumber
        case "l": totalCheckouts
        case "m": renewals
        case "o": callNumber
        case "2": classificationSource
        case "p": barcode
        case "r": dateLastSeen
        case "s": dateLastBorrowed
        case "t": copyNumber
        case "v": replacementPrice
        case "x": nonPublicNote
        case "y": itemType
        case "z": publicNote
        case "0": withdrawn
        case "1": lost
        case "4": damaged
        case "7": notForLoan
        case "8": collection
        default: preconditionFailure("952 $\(code) is not a subfield samkat writes")
        }
    }

    /// The item as a 952 field (indicators blank), subfields in `subfieldOrder`, empty values left out.
    public func field() -> Field {
        var subfields: [Subfield] = []
        subfields.reserveCapacity(KohaItem.subfieldOrder.count)
        for code in KohaItem.subfieldOrder {
            let value = value(for: code)
            if !value.isEmpty { subfields.append(Subfield(code, value)) }
        }
        return Field(tag: KohaItem.tag, subfields: subfields)
    }
}
