import MARC

/// Builds one municipality's catalogue record of an edition, as Libra or BOOK-IT would hold it.
enum RecordBuilder {
    struct Identity {
        var system: Municipality.System
        /// 001.
        var controlNumber: String
        /// 003 (Libra only).
        var agency: String?
        /// 035 (LibraSE)<IdCat>, when the record carries it.
        var libraIdCat: Int?
        /// Day number the record was catalogued.
        var catalogued: Int
    }

    static func build(_ edition: Edition, _ variation: CatalogueVariation, _ identity: Identity, note: String? = nil) -> Record {
        let work = edition.work
        var leader = Leader.defaultBibliographic
        leader[6] = edition.recordType
        // MARC-8 and Latin-1 records claim Unicode like the rest: the export writes `a` whatever the bytes are.
        leader[9] = variation.leaderClaimsMARC8 ? 0x20 : 0x61
        var fields: [Field] = [Field(tag: "001", value: identity.controlNumber)]
        if let agency = identity.agency { fields.append(Field(tag: "003", value: agency)) }
        let entered = FixedCalendar.iso(identity.catalogued)
        let compact = entered.filter { $0 != "-" }
        fields.append(Field(tag: "005", value: compact + "101500.0"))
        let literary = work.fiction ? "1" : "0"
        let fixed = String(compact.dropFirst(2)) + "s" + String(edition.year) + "    sw " + String(repeating: " ", count: 15)
            + literary + " " + edition.language + " c"
        fields.append(Field(tag: "008", value: fixed))

        if let isbn = isbnSubfields(edition, variation) {
            if identity.system == .bookit {
                fields.append(Field(tag: "350", indicator1: 0x30, subfields: [Subfield("c", isbn[0].value)] + isbn.dropFirst()))
            } else {
                fields.append(Field(tag: "020", subfields: isbn))
            }
        }
        if let idCat = identity.libraIdCat { fields.append(Field(tag: "035", subfields: [Subfield("a", "(LibraSE)\(idCat)")])) }
        if edition.kind == .translation {
            fields.append(Field(tag: "041", indicators: "1 ", subfields: [Subfield("a", edition.language), Subfield("h", "swe")]))
        }
        if identity.system == .bookit {
            fields.append(Field(tag: "081", subfields: [Subfield("h", callNumber(edition))]))
        }
        fields.append(Field(tag: "084", subfields: [Subfield("a", work.sab), Subfield("2", "kssb/8")]))
        fields.append(Field(tag: "100", indicators: "1 ", subfields: [Subfield("a", work.heading), Subfield("4", "aut")]))
        if edition.kind == .translation {
            fields.append(Field(tag: "240", indicators: "10", subfields: [Subfield("a", work.title), Subfield("l", "Svenska")]))
        }
        fields.append(titleField(edition, variation))
        if let statement = edition.editionStatement { fields.append(Field(tag: "250", subfields: [Subfield("a", statement)])) }
        let isbd = !variation.noISBD
        fields.append(Field(tag: "264", indicators: " 1", subfields: [
            Subfield("a", edition.publisherPlace + (isbd ? " :" : "")),
            Subfield("b", edition.publisher + (isbd ? "," : "")),
            Subfield("c", String(edition.year)),
        ]))
        fields.append(Field(tag: "300", subfields: [Subfield("a", physical(edition))]))
        if let note { fields.append(Field(tag: "500", subfields: [Subfield("a", note)])) }
        fields.append(Field(tag: "650", indicators: " 7", subfields: [Subfield("a", work.subject), Subfield("2", "sao")]))
        if identity.system == .bookit {
            let tag: Tag = edition.id % 5 == 0 ? "886" : "887"
            fields.append(Field(tag: tag, subfields: [Subfield("b", edition.burkCode), Subfield("2", tag == "886" ? "BURK IV" : "BURK III")]))
        } else {
            fields.append(Field(tag: "852", subfields: [Subfield("h", callNumber(edition))]))
            fields.append(Field(tag: "976", indicators: " 2", subfields: [Subfield("b", work.fiction ? "Skönlitteratur" : "Facklitteratur")]))
        }
        return Record(leader: leader, fields: fields)
    }

    static func callNumber(_ edition: Edition) -> String {
        "\(edition.work.sab) \(edition.work.familyName)"
    }

    private static func physical(_ edition: Edition) -> String {
        switch edition.kind {
        case .audiobookCD: "\(edition.pages / 40 + 3) CD (ca \(edition.pages / 30) tim.)"
        case .audiobookMP3: "1 mp3-skiva (ca \(edition.pages / 30) tim.)"
        case .ebook: "1 onlineresurs"
        default: "\(edition.pages) s."
        }
    }

    private static func isbnSubfields(_ edition: Edition, _ variation: CatalogueVariation) -> [Subfield]? {
        let isbn = edition.isbn13
        let value: String
        switch variation.isbnForm {
        case .missing: return nil
        case .plain13: value = isbn
        case .hyphens13: value = ISBN.hyphenated13(isbn)
        case .plain10: value = ISBN.to10(isbn)
        case .hyphens10: value = ISBN.hyphenated10(ISBN.to10(isbn))
        case .qualifierInA: value = "\(ISBN.hyphenated13(isbn)) (\(edition.qualifier))"
        }
        var subfields = [Subfield("a", value)]
        if variation.qualifierInQ { subfields.append(Subfield("q", edition.qualifier)) }
        return subfields
    }

    private static func titleField(_ edition: Edition, _ variation: CatalogueVariation) -> Field {
        let work = edition.work
        let isbd = !variation.noISBD
        let subtitle = variation.dropSubtitle ? nil : work.subtitle
        var parts: [(Character, String)] = [("a", edition.title)]
        if let part = edition.partNumber { parts.append(("n", part)) }
        if let designation = edition.materialDesignation { parts.append(("h", designation)) }
        if let subtitle { parts.append(("b", subtitle)) }
        parts.append(("c", work.statementName))
        if isbd {
            for index in 0..<(parts.count - 1) {
                let next = parts[index + 1].0
                parts[index].1 += next == "b" ? " :" : next == "c" ? " /" : "."
            }
            parts[parts.count - 1].1 += "."
        }
        return Field(tag: "245", indicators: "10", subfields: parts.map { Subfield($0.0, $0.1) })
    }
}
