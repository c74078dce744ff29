import MARC

/// Builds test records the way LIBRIS and BOOK-IT catalogue them.
enum FormatTestRecords {
    static func record(_ leader: String, _ fields: [Field]) -> Record {
        Record(leader: Leader(leader)!, fields: fields)
    }

    static func control(_ tag: Tag, _ value: String) -> Field { Field(tag: tag, value: value) }

    static func data(_ tag: Tag, _ subfields: [(Character, String)], indicators: String = "  ") -> Field {
        Field(tag: tag, indicators: indicators, subfields: subfields.map { Subfield($0.0, $0.1) })
    }

    /// An 008 of 40 characters, dated and in Swedish, with `codes` set at their positions.
    static func fixed(_ codes: [Int: Character] = [:]) -> Field {
        var chars = Array("210315s2021    sw                  swe c")
        for (position, code) in codes { chars[position] = code }
        return control("008", String(chars))
    }

    static let title = data("245", [("a", "Ondskan /"), ("c", "Jan Guillou.")], indicators: "10")
    static func title(gmd: String) -> Field {
        data("245", [("a", "Ondskan"), ("h", gmd), ("c", "/ Jan Guillou.")], indicators: "10")
    }

    static func rda(_ content: String, _ media: String, _ carrier: String) -> [Field] {
        [data("336", [("b", content), ("2", "rdacontent")]),
         data("337", [("b", media), ("2", "rdamedia")]),
         data("338", [("b", carrier), ("2", "rdacarrier")])]
    }

    static func burk(_ code: String, tag: Tag = "887") -> Field {
        data(tag, [("b", code), ("2", tag == "886" ? "BURK IV" : "BURK III")])
    }

    static func sab(_ code: String) -> Field { data("084", [("a", code), ("2", "kssb/8")]) }
}
