import MARC
import Workspace

/// The codes a source's lookup tables define and the codes its copies use, so every code a copy uses that
/// no table defines is reported once, with how many copies use it and where the first one is.
struct CodeUsage {
    private var known: [LookupKind: Set<String>] = [:]
    private var missing: [LookupKind: [String: (count: Int, first: RecordLocation)]] = [:]

    mutating func define(_ kind: LookupKind, _ code: String) { known[kind, default: []].insert(code) }

    func isDefined(_ kind: LookupKind, _ code: String) -> Bool { known[kind]?.contains(code) ?? false }

    mutating func use(_ kind: LookupKind, _ code: String?, at location: RecordLocation) {
        guard let code, !isDefined(kind, code) else { return }
        if let entry = missing[kind]?[code] {
            missing[kind]![code] = (entry.count + 1, entry.first)
        } else {
            missing[kind, default: [:]][code] = (1, location)
        }
    }

    /// One finding per undefined code, ordered by kind and code. `table` names the table that should have it.
    func findings(table: (LookupKind) -> String) -> [Finding] {
        LookupKind.allCases.flatMap { kind in
            (missing[kind] ?? [:]).sorted { $0.key < $1.key }.map { code, usage in
                Finding(.warning, "items.unknown-code",
                        "\(usage.count) cop\(usage.count == 1 ? "y uses" : "ies use") \(kind.rawValue) \(code), which \(table(kind)) does not define (first here); add it to the mapping or correct the copies in the source system",
                        at: usage.first)
            }
        }
    }
}
