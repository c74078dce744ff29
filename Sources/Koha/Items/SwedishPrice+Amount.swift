extension SwedishPrice {
    /// Why an amount (currency already taken off) could not be read.
    struct AmountProblem: Error {
        var reason: String
    }

    /// The longest integer part accepted: Koha keeps `items.price` and `items.replacementprice` as
    /// `decimal(8,2)`, so 999999.99 is the most it can store.
    static let maximumIntegerDigits = 6

    /// Reads an amount of digits, blanks and `.`, `,`, `:` into `"1299.50"`.
    static func amount(_ text: Substring) -> Result<String, AmountProblem> {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || " .,:".contains($0)) }) else {
            return .failure(AmountProblem(reason: "not a price (letters or signs among the digits)"))
        }
        let split: (integer: Substring, decimals: Substring, grouping: Set<Character>)
        switch decimalSplit(text) {
        case .success(let parts): split = parts
        case .failure(let problem): return .failure(problem)
        }
        let decimalDigits = SwedishPrice.trimmed(split.decimals)
        guard decimalDigits.count <= 2 else {
            return .failure(AmountProblem(reason: "more than two decimals"))
        }
        guard decimalDigits.allSatisfy(\.isNumber) else {
            return .failure(AmountProblem(reason: "not a price (separators among the decimals)"))
        }
        let integer: String
        switch integerDigits(split.integer, grouping: split.grouping.union([" "])) {
        case .success(let digits): integer = digits
        case .failure(let problem): return .failure(problem)
        }
        let significant = integer.drop { $0 == "0" }
        guard significant.count <= maximumIntegerDigits else {
            return .failure(AmountProblem(reason: "larger than Koha can store (999999.99 at most)"))
        }
        let decimals = String(decimalDigits) + String(repeating: "0", count: 2 - decimalDigits.count)
        return .success("\(significant.isEmpty ? "0" : String(significant)).\(decimals)")
    }

    /// Finds the decimal separator, if any: the integer part, the decimals, and the characters that group
    /// thousands in the integer part.
    static func decimalSplit(
        _ text: Substring
    ) -> Result<(integer: Substring, decimals: Substring, grouping: Set<Character>), AmountProblem> {
        let colons = text.filter { $0 == ":" }.count
        if colons > 1 { return .failure(AmountProblem(reason: "not a price (more than one “:”)")) }
        if colons == 1 {
            let colon = text.firstIndex(of: ":")!
            return .success((text[..<colon], text[text.index(after: colon)...], [".", ","]))
        }
        let marks = text.filter { $0 == "." || $0 == "," }
        guard let lastMark = marks.last else { return .success((text, "", [])) }
        let other: Character = lastMark == "." ? "," : "."
        let lastIndex = text.lastIndex(of: lastMark)!
        let after = text[text.index(after: lastIndex)...]
        if marks.contains(other) {
            // Both marks: the last one is the decimal separator and must be alone.
            guard marks.filter({ $0 == lastMark }).count == 1 else {
                return .failure(AmountProblem(reason: "not a price (“.” and “,” mixed)"))
            }
            return .success((text[..<lastIndex], after, [other]))
        }
        if marks.count > 1 { return .success((text, "", [lastMark])) }
        if after.count == 3 && after.allSatisfy(\.isNumber) {
            return .failure(AmountProblem(
                reason: "ambiguous: “\(lastMark)” before three digits may group thousands or start decimals"))
        }
        return .success((text[..<lastIndex], after, []))
    }

    /// The digits of the integer part: groups after the first must have exactly three digits, the first at
    /// most three when there are others (`1 299`, `12.345.678`; never `12 34` or `1..299`).
    static func integerDigits(_ text: Substring, grouping: Set<Character>) -> Result<String, AmountProblem> {
        let groups = SwedishPrice.trimmed(text).split(omittingEmptySubsequences: false) { grouping.contains($0) }
        guard let first = groups.first, !first.isEmpty else {
            return .failure(AmountProblem(reason: "no amount before the decimals"))
        }
        guard groups.count == 1 || (first.count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else {
            return .failure(AmountProblem(reason: "not a price (digits grouped other than in thousands)"))
        }
        return .success(groups.joined())
    }
}
