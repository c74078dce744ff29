import MARC

/// One record of a cluster as the survivor rule and the merge see it: the record, where it came from, and its
/// copies in that municipality.
public struct MergeMember: Sendable {
    /// The workspace's record id.
    public var id: Int64
    /// The municipality's code (`hjo`).
    public var municipality: String
    /// The source system (`libra`, `bookit`).
    public var system: String
    /// The record's id in its source system.
    public var localID: String
    public var record: Record
    /// How many copies the municipality has of this record.
    public var copies: Int
    /// True when every copy is on order (none received yet). The caller decides what it says for no copies.
    public var allCopiesOrdered: Bool

    public init(id: Int64, municipality: String, system: String, localID: String, record: Record, copies: Int = 0,
                allCopiesOrdered: Bool = false) {
        self.id = id
        self.municipality = municipality
        self.system = system
        self.localID = localID
        self.record = record
        self.copies = copies
        self.allCopiesOrdered = allCopiesOrdered
    }

    /// Where the record came from, as written in the merged record's 035: `(hjo-libra)10004`.
    public var provenance: String { Provenance(municipality: municipality, system: system, localID: localID).description }
}

extension MergeMember {
    /// Provenance order: municipality, then local id (numerically when both are all digits, so 9999 comes
    /// before 10004), then system and record id so that the order is total.
    static func provenanceOrder(_ a: MergeMember, _ b: MergeMember) -> Bool {
        if a.municipality != b.municipality { return a.municipality < b.municipality }
        if a.localID != b.localID { return localIDOrder(a.localID, b.localID) }
        if a.system != b.system { return a.system < b.system }
        return a.id < b.id
    }

    private static func localIDOrder(_ a: String, _ b: String) -> Bool {
        let digits = { (text: String) in !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard digits(a), digits(b) else { return a < b }
        let x = a.drop { $0 == "0" }, y = b.drop { $0 == "0" }
        if x.count != y.count { return x.count < y.count }
        return x == y ? a < b : x < y
    }
}
