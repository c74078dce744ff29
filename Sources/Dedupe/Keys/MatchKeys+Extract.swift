import MARC

extension MatchKeys {
    /// The keys of one record. Pure and deterministic: the same record gives the same keys, and the order of
    /// repeated fields (two 020s, two 035s) does not matter.
    public static func extract(from record: Record) -> MatchKeys {
        var keys = MatchKeys()
        var qualifiers: [QualifiedISBN] = []
        var publication264: [String] = []
        var other264: [String] = []
        var firstAddedAuthor: String?
        var mainAuthor: String?
        var titleField: Field?

        for field in record.fields {
            switch field.tag {
            case "008":
                keys.date1 = RecordFacts.date1(field.value)
                keys.dateRangeEnd = RecordFacts.dateRangeEnd(field.value)
                if let date1 = keys.date1, RecordFacts.dateType(field.value) != 0x71 { keys.years.append(date1) }
                if let language = RecordFacts.language008(field.value) { keys.languages.append(language) }
            case "020":
                for subfield in field.subfields where subfield.code == 0x61 || subfield.code == 0x7A {
                    keys.addISBN(subfield.value, field: subfield.code == 0x61 ? "020$a" : "020$z",
                                 strong: subfield.code == 0x61, into: &qualifiers)
                }
                if let isbn = field.first("a").flatMap(ISBN.read) {
                    for q in field.values("q") { if let text = ISBNQualifier.normalise(q) {
                        qualifiers.append(QualifiedISBN(isbn: isbn.isbn13, qualifier: text))
                    } }
                }
            case "350":
                for value in field.values("c") {
                    if field.indicator1 == 0x30 {
                        keys.addISBN(value, field: "350$c", strong: true, into: &qualifiers)
                    } else if field.indicator1 == 0x31 {
                        keys.addISSN(value, field: "350$c")
                    }
                }
            case "022":
                for value in field.values("a") { keys.addISSN(value, field: "022$a") }
            case "024":
                if let key = StandardNumbers.key024(field) { keys.standardNumbers.append(key) }
            case "028":
                if let key = StandardNumbers.key028(field) { keys.standardNumbers.append(key) }
            case "041":
                for subfield in field.subfields {
                    if subfield.code == 0x61 || subfield.code == 0x64 {
                        keys.languages += RecordFacts.languageCodes(subfield.value)
                    } else if subfield.code == 0x68 {
                        keys.originalLanguages += RecordFacts.languageCodes(subfield.value)
                    }
                }
            case "100", "110", "111":
                let name = DescriptiveKeys.author(field)
                if let name { keys.names.append(name) }
                if mainAuthor == nil {
                    mainAuthor = name
                    keys.authorIsPerson = field.tag == "100"
                }
            case "700":
                let name = DescriptiveKeys.author(field)
                if let name { keys.names.append(name) }
                if firstAddedAuthor == nil { firstAddedAuthor = name }
            case "710", "711":
                if let name = DescriptiveKeys.author(field) { keys.names.append(name) }
            case "245":
                if titleField == nil { titleField = field }
            case "250":
                if keys.edition == nil, let statement = field.first("a") { keys.edition = Edition.parse(statement) }
            case "260":
                keys.addImprint(field, publishers: &publication264)
            case "264":
                if field.indicator2 == 0x31 { keys.addImprint(field, publishers: &publication264) }
                else { keys.addImprint(field, publishers: &other264) }
            case "300":
                if keys.extent.isEmpty, let extent = field.first("a") {
                    keys.extent = RecordFacts.numbers(extent)
                    (keys.pages, keys.volumes) = RecordFacts.pagesAndVolumes(extent)
                }
            case "490", "800", "810", "811", "830":
                for value in field.values("v") {
                    if let number = VolumeDesignation.normalise(value) { keys.seriesNumbers.append(number) }
                }
            default:
                break
            }
        }

        if let titleField {
            keys.title = DescriptiveKeys.title(titleField, codes: [0x61, 0x62, 0x6E, 0x70])
            keys.shortTitle = DescriptiveKeys.title(titleField, codes: [0x61])
            for subfield in titleField.subfields where subfield.code == 0x6E || subfield.code == 0x70 {
                if let part = VolumeDesignation.normalise(subfield.value) { keys.parts.append(part) }
            }
        }
        if mainAuthor == nil, firstAddedAuthor != nil { keys.authorIsPerson = true }
        keys.author = mainAuthor ?? firstAddedAuthor
        keys.publishers = publication264.isEmpty ? other264 : publication264

        let numbers = SystemNumbers.read(record)
        keys.librisIds = numbers.libris
        keys.librisIIIIds = numbers.librisIII
        keys.systemNumbers = numbers.other
        keys.isbnQualifiers = qualifiers
        keys.weakISBNs.removeAll { keys.isbns.contains($0) }
        keys.canonicalise()
        keys.digest = RecordDigest.digest(record)
        return keys
    }

    private mutating func addISBN(_ text: String, field: String, strong: Bool, into qualifiers: inout [QualifiedISBN]) {
        guard let reading = ISBN.read(text) else {
            if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                problems.append(KeyProblem(field: field, value: text, kind: .malformed))
            }
            return
        }
        if let qualifier = reading.qualifier {
            qualifiers.append(QualifiedISBN(isbn: reading.isbn13, qualifier: qualifier))
        }
        if !reading.checkDigitValid {
            problems.append(KeyProblem(field: field, value: text, kind: .invalidCheckDigit))
        }
        if strong && reading.checkDigitValid { isbns.append(reading.isbn13) } else { weakISBNs.append(reading.isbn13) }
    }

    private mutating func addISSN(_ text: String, field: String) {
        guard let (issn, valid) = StandardNumbers.issn(text) else {
            problems.append(KeyProblem(field: field, value: text, kind: .malformed))
            return
        }
        if valid { issns.append(issn) } else { problems.append(KeyProblem(field: field, value: text, kind: .invalidCheckDigit)) }
    }

    private mutating func addImprint(_ field: Field, publishers: inout [String]) {
        for subfield in field.subfields {
            if subfield.code == 0x63 { years += RecordFacts.years(subfield.value) }
            else if subfield.code == 0x62, let key = DescriptiveKeys.publisher(subfield.value) { publishers.append(key) }
        }
    }

    /// Sorts every list and removes repeats.
    private mutating func canonicalise() {
        func unique<T: Comparable>(_ values: [T]) -> [T] {
            guard values.count > 1 else { return values }
            var sorted = values.sorted()
            var kept = 1
            for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            sorted.removeLast(sorted.count - kept)
            return sorted
        }
        isbns = unique(isbns); weakISBNs = unique(weakISBNs); issns = unique(issns)
        standardNumbers = unique(standardNumbers); librisIds = unique(librisIds)
        librisIIIIds = unique(librisIIIIds); systemNumbers = unique(systemNumbers); years = unique(years)
        publishers = unique(publishers); names = unique(names); languages = unique(languages)
        originalLanguages = unique(originalLanguages); parts = unique(parts)
        seriesNumbers = unique(seriesNumbers); problems = unique(problems)
        isbnQualifiers = unique(isbnQualifiers)
    }
}
