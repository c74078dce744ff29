/// How one library catalogued an edition: the differences between records of the same edition that make
/// deduplication hard. Each is named in `editions.tsv`.
struct CatalogueVariation {
    enum ISBNForm: String {
        case plain13 = "", hyphens13 = "isbn-hyphens", plain10 = "isbn-10", hyphens10 = "isbn-10-hyphens"
        case missing = "isbn-missing", qualifierInA = "isbn-qualifier-in-a"
    }

    var isbnForm: ISBNForm = .plain13
    var qualifierInQ = false
    var dropSubtitle = false
    var noISBD = false
    var text: RecordText
    /// The file's usual encoding; a record written otherwise is a variation.
    var fileText: RecordText
    /// UTF-8 content, but leader/09 blank (claims MARC-8).
    var leaderClaimsMARC8 = false
    /// Libra: no exportCatMatch row; the IdCat comes from 035 $a (LibraSE)<IdCat>.
    var noCatMatch = false
    /// The municipality has this edition twice in its catalogue (the second record).
    var duplicateInCatalogue = false

    static func draw(_ rng: inout SplitMix64, fileText: RecordText, allowMARC8: Bool) -> CatalogueVariation {
        var variation = CatalogueVariation(text: fileText, fileText: fileText)
        let isbn = rng.unit()
        variation.isbnForm = isbn < 0.55 ? .plain13 : isbn < 0.70 ? .hyphens13 : isbn < 0.80 ? .plain10
            : isbn < 0.87 ? .hyphens10 : isbn < 0.93 ? .missing : .qualifierInA
        variation.qualifierInQ = variation.isbnForm != .missing && variation.isbnForm != .qualifierInA && rng.chance(0.2)
        variation.dropSubtitle = rng.chance(0.15)
        variation.noISBD = rng.chance(0.3)
        let text = rng.unit()
        if text < 0.04 {
            variation.text = .utf8NFD
        } else if text < 0.07, allowMARC8 {
            variation.text = .marc8
        } else if text < 0.10 {
            variation.text = fileText == .latin1 ? .utf8 : .latin1
        }
        variation.leaderClaimsMARC8 = variation.text != .marc8 && rng.chance(0.03)
        return variation
    }

    /// The names of the variations that apply, comma-separated; `-` for none.
    func names(hasSubtitle: Bool) -> String {
        var names: [String] = []
        if !isbnForm.rawValue.isEmpty { names.append(isbnForm.rawValue) }
        if qualifierInQ { names.append("isbn-qualifier") }
        if dropSubtitle && hasSubtitle { names.append("no-subtitle") }
        if noISBD { names.append("no-isbd") }
        if text != fileText { names.append("text-\(text.rawValue)") }
        if leaderClaimsMARC8 { names.append("leader-claims-marc8") }
        if noCatMatch { names.append("no-catmatch-035") }
        if duplicateInCatalogue { names.append("duplicate-in-catalogue") }
        return names.isEmpty ? "-" : names.joined(separator: ",")
    }
}
