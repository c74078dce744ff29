/// A record a `$w` link can name before merging: a control number within one municipality's catalogue.
///
/// Control numbers are only unique per municipality (every Libra database counts from its own start), so the
/// number alone is no key: Hjo's 10004 and Skövde's 10004 are different records.
public struct LinkTarget: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// samkat's municipality code (`"hjo"`).
    public var municipality: String
    /// The number as the link writes it: the source's 001, or the local id of the provenance 035.
    public var controlNumber: String

    public init(municipality: String, controlNumber: String) {
        self.municipality = municipality
        self.controlNumber = controlNumber
    }

    public static func < (lhs: LinkTarget, rhs: LinkTarget) -> Bool {
        (lhs.municipality, lhs.controlNumber) < (rhs.municipality, rhs.controlNumber)
    }

    public var description: String { "\(municipality): \(controlNumber)" }
}
