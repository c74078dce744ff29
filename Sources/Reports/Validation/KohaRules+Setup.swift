import Koha
import MARC

extension ValidationRule {
    static let unknownBranch = ValidationRule(
        "koha.unknown-branch", .error, "every branch an item uses (952 $a, $b) is in the setup's branches.csv")
    static let unknownItemType = ValidationRule(
        "koha.unknown-item-type", .error, "every item type used (952 $y, 942 $c) is in the setup's itemtypes.csv")
    static let unknownAuthorisedValue = ValidationRule(
        "koha.unknown-authorised-value", .error,
        "every authorised value used (LOC 952 $c, CCODE $8, NOT_LOAN $7, LOST $1, DAMAGED $4, WITHDRAWN $0) is in the setup's "
            + "authorised_values.csv")
}

/// With `--setup`: every code the record's items use is defined in the Koha setup. Koha's import checks only
/// the branches; an unknown item type or authorised value is stored anyway and breaks circulation later.
extension KohaRules {
    static let authorisedValueCodes: [(code: UInt8, category: KohaSetup.Category)] = [
        (UInt8(ascii: "c"), .location), (UInt8(ascii: "8"), .collection), (UInt8(ascii: "7"), .notForLoan),
        (UInt8(ascii: "1"), .lost), (UInt8(ascii: "4"), .damaged), (UInt8(ascii: "0"), .withdrawn),
    ]

    static func check(_ record: Record, against setup: KohaSetupCodes, into out: inout RecordFindings) {
        for field in record.fields where field.tag == "942" {
            for value in field.values("c") where !value.isEmpty && !setup.itemTypes.contains(value) {
                out.add(.unknownItemType, "the record's item type \"\(value)\" is not in itemtypes.csv; add it to the Koha "
                    + "setup or correct the code", tag: "942", code: UInt8(ascii: "c"))
            }
        }
        var number = 0
        for field in record.fields where field.tag == KohaItem.tag {
            number += 1
            for subfield in field.subfields where !subfield.value.isEmpty {
                let value = subfield.value
                switch subfield.code {
                case code.a, code.b:
                    if !setup.branches.contains(value) {
                        let role = subfield.code == code.a ? "home branch" : "holding branch"
                        out.add(.unknownBranch, "item \(number)'s \(role) \"\(value)\" is not in branches.csv; Koha refuses the "
                            + "item: add the branch to the setup or correct the branch mapping", tag: "952", code: subfield.code)
                    }
                case code.y:
                    if !setup.itemTypes.contains(value) {
                        out.add(.unknownItemType, "item \(number)'s item type \"\(value)\" is not in itemtypes.csv; Koha would "
                            + "store it and lend the item by no rule: add it to the setup or correct "
                            + "the mapping", tag: "952", code: code.y)
                    }
                default:
                    guard let category = authorisedValueCodes.first(where: { $0.code == subfield.code })?.category else { continue }
                    // 0 is Koha's "not lost, not damaged, …": the statuses' default, never an authorised value.
                    if category.isNumeric && value == "0" { continue }
                    if !(setup.authorisedValues[category]?.contains(value) ?? false) {
                        out.add(.unknownAuthorisedValue, "item \(number)'s \(category.rawValue) value \"\(value)\" is not in "
                            + "authorised_values.csv; Koha would store it and show nothing: add it to the setup or correct "
                            + "the mapping", tag: "952", code: subfield.code)
                    }
                }
            }
        }
    }
}
