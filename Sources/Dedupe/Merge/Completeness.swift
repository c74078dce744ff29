import MARC

/// How fully a record describes its edition, for the survivor rule: first how many of twelve descriptive
/// elements it has, then, between equals, how many subfields its descriptive fields hold.
///
/// The elements, one point each however often they occur: 008 of 40 characters; 020 with an $a; a main entry
/// (100, 110, 111 or 130); 245 $b; 245 $c; 250; 260 or 264; 300; 490; any 5XX note; any 6XX subject; any 7XX
/// added entry. The subfields counted are those of fields 100–899 except 852 (holdings) and 856 (links, often
/// local licences), so local fields and numbers (0XX, 9XX) never make a record look fuller.
public struct Completeness: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Elements present, 0 to `Completeness.elementCount`.
    public var elements: Int
    /// Subfields in the descriptive fields, the tie-break.
    public var subfields: Int

    public static let elementCount = 12

    public init(elements: Int, subfields: Int) {
        self.elements = elements
        self.subfields = subfields
    }

    public init(_ record: Record) {
        var found = Set<Element>()
        var subfields = 0
        for field in record.fields {
            let tag = field.tag
            if tag >= "100" && tag < "900" && tag != "852" && tag != "856" { subfields += field.subfields.count }
            switch tag {
            case "008": if field.value.utf8.count == 40 { found.insert(.fixed) }
            case "020": if field.first("a") != nil { found.insert(.isbn) }
            case "100", "110", "111", "130": found.insert(.mainEntry)
            case "245":
                if field.first("b") != nil { found.insert(.subtitle) }
                if field.first("c") != nil { found.insert(.responsibility) }
            case "250": found.insert(.edition)
            case "260", "264": found.insert(.imprint)
            case "300": found.insert(.extent)
            case "490": found.insert(.series)
            case "500"..."599": found.insert(.note)
            case "600"..."699": found.insert(.subject)
            case "700"..."799": found.insert(.addedEntry)
            default: break
            }
        }
        self.init(elements: found.count, subfields: subfields)
    }

    public static func < (a: Completeness, b: Completeness) -> Bool {
        (a.elements, a.subfields) < (b.elements, b.subfields)
    }

    public var description: String { "\(elements) of \(Completeness.elementCount) elements, \(subfields) subfields" }

    private enum Element: CaseIterable {
        case fixed, isbn, mainEntry, subtitle, responsibility, edition, imprint, extent, series, note, subject, addedEntry
    }
}
