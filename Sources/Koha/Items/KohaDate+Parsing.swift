extension KohaDate {
    /// Reads one exported date.
    public static func parse(_ text: String) -> ParsedValue<KohaDate> {
        let trimmed = text.trimmingBlanks()
        if trimmed.isEmpty { return .absent }
        let bytes = Array(trimmed.utf8)
        guard let (parts, dateLength) = dateParts(bytes) else {
            return .unreadable(reason: "not a date (expected YYYY-MM-DD or YYYYMMDD): “\(text)”")
        }
        guard isTime(bytes[dateLength...]) else {
            return .unreadable(reason: "not a date (unexpected text after the date): “\(text)”")
        }
        if let problem = problem(year: parts.0, month: parts.1, day: parts.2) {
            return .unreadable(reason: "\(problem): “\(text)”")
        }
        return .value(KohaDate(year: parts.0, month: parts.1, day: parts.2)!)
    }

    /// The date in Koha's form, or nil when absent or unreadable.
    public static func text(_ text: String) -> String? { parse(text).value?.description }

    /// Year, month and day from `YYYY-MM-DD` or `YYYYMMDD` at the start, and how many bytes they took.
    static func dateParts(_ bytes: [UInt8]) -> ((Int, Int, Int), Int)? {
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]) {
            return ((year, month, day), 10)
        }
        if bytes.count >= 8, let year = number(bytes[0..<4]), let month = number(bytes[4..<6]),
           let day = number(bytes[6..<8]), bytes.count == 8 || !isDigit(bytes[8]) {
            return ((year, month, day), 8)
        }
        return nil
    }

    /// True for nothing, or a blank or `T` followed by `HH:MM`, optional `:SS`, optional fraction, and an
    /// optional `Z` or `±HH:MM` / `±HHMM`.
    static func isTime(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let first = rest.first else { return true }
        guard first == UInt8(ascii: " ") || first == UInt8(ascii: "T") else { return false }
        var text = String(decoding: rest.dropFirst(), as: UTF8.self)[...]
        if text.hasSuffix("Z") {
            text = text.dropLast()
        } else if let sign = text.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = text[text.index(after: sign)...].filter { $0 != ":" }
            guard offset.count == 4, offset.allSatisfy(\.isASCIIDigit) else { return false }
            text = text[..<sign]
        }
        var clock = text.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3 else { return false }
        if clock.count == 3, let dot = clock[2].firstIndex(of: ".") {
            let fraction = clock[2][clock[2].index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
            clock[2] = clock[2][..<dot]
        }
        let limits = [23, 59, 60]
        return clock.enumerated().allSatisfy { index, part in
            part.count == 2 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= limits[index]
        }
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The text without blanks (any Unicode whitespace) at either end.
    func trimmingBlanks() -> Substring {
        var rest = self[...]
        while let first = rest.first, first.isWhitespace { rest.removeFirst() }
        while let last = rest.last, last.isWhitespace { rest.removeLast() }
        return rest
    }
}
