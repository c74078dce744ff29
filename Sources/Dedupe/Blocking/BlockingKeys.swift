extension DedupeEngine {
    /// The keys a record is blocked on: its identifiers, its title key, and its author's surname with the
    /// year and page count.
    static func blockingKeys(_ keys: MatchKeys) -> [Blocker.Key] {
        var result: [Blocker.Key] = []
        result += keys.librisIds.map { .init("libris", $0) }
        result += keys.isbns.map { .init("isbn", $0) }
        result += keys.systemNumbers.map { .init("system", $0) }
        result += keys.standardNumbers.map { .init("standard", $0) }
        result += keys.issns.map { .init("issn", $0) }
        if !keys.title.isEmpty { result.append(.init("title", keys.title)) }
        if !keys.shortTitle.isEmpty, keys.shortTitle != keys.title { result.append(.init("title", keys.shortTitle)) }
        // The first four words: titles that one record carries on past the other's end still meet.
        let words = keys.title.split(separator: " ")
        if words.count > 4 { result.append(.init("title-start", words.prefix(4).joined(separator: " "))) }
        // The author's surname, the year and the page count: the same book meets however differently its
        // title was written (a misprint, a subtitle taken into the title, a short title and a longer one).
        if let surname = keys.author?.split(separator: " ").first, let year = keys.date1, let pages = keys.pages {
            result.append(.init("author-year-pages", "\(surname) \(year) \(pages)"))
        }
        return result
    }
}
