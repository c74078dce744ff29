import Foundation

/// Where a record came from, as people and the 035 name it: `(hjo-libra)10004`.
public struct Provenance: Hashable, Sendable, CustomStringConvertible {
    public var municipality: String
    public var system: String
    public var localID: String

    public var description: String { "(\(municipality)-\(system))\(localID)" }

    /// Reads `(municipality-system)localid`; the municipality code may itself hold hyphens, the system not.
    public init?(_ text: some StringProtocol) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("("), let close = text.firstIndex(of: ")") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close]
        guard let dash = inside.lastIndex(of: "-") else { return nil }
        municipality = String(inside[..<dash])
        system = String(inside[inside.index(after: dash)...])
        localID = String(text[text.index(after: close)...])
        guard !municipality.isEmpty, !system.isEmpty, !localID.isEmpty else { return nil }
    }

    public init(municipality: String, system: String, localID: String) {
        self.municipality = municipality
        self.system = system
        self.localID = localID
    }
}
