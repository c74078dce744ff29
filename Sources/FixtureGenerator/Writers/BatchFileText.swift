/// `batch.yml` for a fixture: the consortium, one export per municipality, and the usual folder names.
enum BatchFileText {
    static func make(_ municipalities: [Municipality]) -> String {
        var text = "consortium:\n  name: Skaraborg\n  municipalities:\n"
        for municipality in municipalities {
            text += "    - { code: \(municipality.code), name: \(municipality.name), population: \(municipality.population) }\n"
        }
        text += "exports:\n"
        for municipality in municipalities {
            text += "  - { municipality: \(municipality.code), system: \(municipality.system.rawValue), folder: exports/\(municipality.code) }\n"
        }
        text += "mappings: mappings\nworkspace: work\noutput: out\n"
        return text
    }
}
