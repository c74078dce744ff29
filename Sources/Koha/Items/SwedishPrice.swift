/// Prices as Swedish library systems export them, read into the decimal Koha stores in 952 `$g` and `$v`:
/// digits, a dot, two decimals (`"1299.50"`).
///
/// Accepted: an amount with an optional currency before or after it (`kr`, `kr.`, `SEK`, `:-`, `,-`, `.-`,
/// in any case and spacing), thousands grouped by spaces (also no-break spaces), or by `.`/`,` when the
/// other one is the decimal separator (`1.299,50`, `1,299.50`); decimals after `,`, `.` or `:`
/// (`199:50`), one or two digits. `0` reads as `"0.00"`: whether a zero price means "free" or "unknown" is
/// the mapping's call, not the parser's.
///
/// Unreadable, each with its reason: approximate amounts (`ca 200`), words (`gåva`), negative amounts,
/// more than two decimals, decimals with no amount before them (`,50`), a single `.` or `,` followed by
/// exactly three digits (`1.299` is 1299 in a Swedish export and 1.299 in an English one: guessing would
/// silently change a price a thousandfold), and amounts above 999999.99, the most Koha's `decimal(8,2)` price
/// columns hold.
public enum SwedishPrice {
    /// Reads one exported price.
    public static func parse(_ text: String) -> ParsedValue<String> {
        // Every kind of blank (no-break and thin spaces group thousands too) read as a plain space.
        var rest = trimmed(Substring(String(text.map { $0.isWhitespace ? " " : $0 })))
        if rest.isEmpty { return .absent }
        if let reason = refusal(rest) { return .unreadable(reason: "\(reason): “\(text)”") }
        rest = withoutCurrency(rest)
        switch amount(rest) {
        case .success(let decimal): return .value(decimal)
        case .failure(let problem): return .unreadable(reason: "\(problem.reason): “\(text)”")
        }
    }

    /// The price in Koha's form, or nil when absent or unreadable.
    public static func decimal(_ text: String) -> String? { parse(text).value }

    // MARK: - Currency and refusals

    /// Currency marks, longest first so `kr.` is taken before `kr`.
    static let prefixes = ["sek", "kr.", "kr"]
    static let suffixes = ["sek", "kr.", "kr", ":-", ",-", ".-", ":--", ",--"].sorted { $0.count > $1.count }

    /// Text that is clearly not a plain price, with why.
    static func refusal(_ text: Substring) -> String? {
        let lower = text.lowercased()
        if lower.hasPrefix("-") || lower.hasPrefix("−") {
            return "a negative price"
        }
        for word in ["ca", "ca.", "cirka", "circa", "ungefär", "ung.", "~", "≈", "c:a"]
        where lower.hasPrefix(word) && (word.count > 2 || lower.dropFirst(word.count).first.map(isSeparatorAfterWord) == true) {
            return "an approximate price"
        }
        if !lower.contains(where: \.isNumber) { return "no amount" }
        return nil
    }

    static func isSeparatorAfterWord(_ c: Character) -> Bool { c == " " || c == "." || c.isNumber }

    /// The text with currency marks taken off both ends (repeatedly: `199:- kr`).
    static func withoutCurrency(_ text: Substring) -> Substring {
        var rest = text
        var changed = true
        while changed {
            changed = false
            let lower = rest.lowercased()
            if let prefix = prefixes.first(where: { lower.hasPrefix($0) }) {
                rest = trimmed(rest.dropFirst(prefix.count))
                changed = true
            }
            let lowerAfter = rest.lowercased()
            if let suffix = suffixes.first(where: { lowerAfter.hasSuffix($0) }) {
                rest = trimmed(rest.dropLast(suffix.count))
                changed = true
            }
        }
        return rest
    }

    static func trimmed(_ text: Substring) -> Substring {
        var rest = text
        while let first = rest.first, first.isWhitespace { rest.removeFirst() }
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        return rest
    }
}
