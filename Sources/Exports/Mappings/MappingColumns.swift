import Workspace

/// What a librarian fills in for each kind of code: the Koha values it becomes. Every mapping file has the
/// columns `code`, `name` (the source's own) and `items` (how many copies use it), then these, then `note`.
public enum MappingColumns {
    public static func targets(for kind: MappingKind) -> [String] {
        switch kind {
        case .branch: ["branchcode", "branchname"]
        case .department: ["loc", "ccode", "itemtype"]
        case .shelf: ["loc", "ccode"]
        case .status: ["action", "notforloan", "lost", "damaged", "withdrawn"]
        case .loanPeriod: ["itemtype", "notforloan"]
        case .mediaType: ["itemtype"]
        case .stock: ["action", "notforloan"]
        case .format: ["itemtype"]
        }
    }

    /// The file a kind's mapping lives in, inside the municipality's folder.
    public static func fileName(for kind: MappingKind) -> String { kind.rawValue + ".tsv" }

    /// The values `action` takes for a status: what happens to the copies with that status.
    public static let actions = ["migrate", "not-for-loan", "do-not-migrate"]

    /// The explanation written at the top of every file (lines starting `#|`, rewritten on every regeneration).
    static func preamble(for kind: MappingKind, municipality: String) -> [String] {
        var lines = [
            "#| \(municipality): \(kind.rawValue) codes. One row per code the export uses, most used first.",
            "#| Fill in the Koha values; write - for \"nothing here\". A row with every Koha column empty is unfilled,",
            "#| and unfilled or unknown codes stop the merge with the full list. Lines starting with # are kept.",
            "#| The row _DEFAULT_ (when filled) applies to codes that have no row of their own.",
        ]
        switch kind {
        case .status:
            lines.append("#| action: " + actions.joined(separator: " | ") + "; notforloan, lost, damaged, withdrawn: Koha authorised values (numbers).")
        case .stock:
            lines.append("#| Copies that are not ordinary stock. action: " + actions.joined(separator: " | ") + "; notforloan: a Koha NOT_LOAN value (ordered: -1).")
            lines.append("#| Where a status says otherwise too, the stricter action wins (do-not-migrate over not-for-loan over migrate).")
        case .format:
            lines[0] = "#| The whole consortium: format classes of the records, and the Koha item type for copies whose own codes give none."
            lines.append("#| A copy's item type comes from its media code, department or loan period first (their files), then from here.")
        default:
            break
        }
        return lines
    }
}
