/// Status names that say a copy left the stock. Libra and BOOK-IT libraries name their own statuses, so the
/// words are matched without regard to case and inflection (`Gallrat`, `Gallrad`, `gallras`).
enum StockWords {
    static func isWeeded(_ name: String) -> Bool {
        let folded = name.lowercased()
        return folded.contains("gallra") || folded.contains("kassera")
    }

    static func isDeleted(_ name: String) -> Bool {
        let folded = name.lowercased()
        return folded.contains("deleted") || folded.contains("raderad")
    }
}
