import Foundation

/// How values are read by type. Each parser takes the text as it stands (surrounding spaces allowed) and gives
/// nil for anything it does not recognise, so the caller can report the value.
enum ValueParsing {
    /// `12`, `-3`, `+7`.
    static func int(_ text: Substring) -> Int? {
        if let value = FastValueParsing.int(text) { return value }
        return slowInt(text)
    }

    static func slowInt(_ text: Substring) -> Int? {
        let text = text.trimmedSpaces()
        guard text.first != "+" || text.count > 1 else { return nil }
        return Int(text.first == "+" ? String(text.dropFirst()) : text)
    }

    /// `199,50` (Swedish), `199.50`, `199:-` and `199,-` (whole kronor), `1 299,00`, `-5`.
    static func decimal(_ text: Substring) -> Decimal? {
        if let normalised = FastValueParsing.decimal(text) { return Decimal(string: normalised, locale: posix) }
        return slowDecimal(text)
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    static func slowDecimal(_ text: Substring) -> Decimal? {
        var text = text.trimmedSpaces()
        for suffix in [":-", ",-", ".-"] where text.hasSuffix(suffix) {
            text.removeLast(2)
            break
        }
        // Spaces (and no-break spaces) group thousands.
        text.removeAll { $0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" }
        var digits = Substring(text)
        var sign = ""
        if digits.first == "-" || digits.first == "+" {
            sign = digits.first == "-" ? "-" : ""
            digits = digits.dropFirst()
        }
        let separators = digits.filter { $0 == "," || $0 == "." }
        guard separators.count <= 1 else { return nil }
        let parts = digits.split(separator: separators.first ?? ",", omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty || parts.count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty else { return nil }
        let normalised = sign + (whole.isEmpty ? "0" : String(whole)) + (parts.count == 2 ? "." + parts[1] : "")
        return Decimal(string: normalised, locale: posix)
    }

    /// `2017-03-01`, `20170301`, and either with a time after it (`2017-03-01 00:00:00`, `2017-03-01T12:30`).
    static func date(_ text: Substring) -> CalendarDate? {
        if let value = FastValueParsing.date(text) { return value }
        return slowDate(text)
    }

    static func slowDate(_ text: Substring) -> CalendarDate? {
        let text = Substring(text.trimmedSpaces())
        var datePart = text
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            guard time(text[text.index(after: cut)...]) != nil else { return nil }
            datePart = text[..<cut]
        }
        let numbers: [Substring]
        if datePart.count == 8, datePart.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let characters = Array(datePart)
            numbers = [Substring(String(characters[0..<4])), Substring(String(characters[4..<6])),
                       Substring(String(characters[6..<8]))]
        } else {
            numbers = datePart.split(separator: "-", omittingEmptySubsequences: false)
            guard numbers.count == 3, numbers[0].count == 4, (1...2).contains(numbers[1].count),
                  (1...2).contains(numbers[2].count) else { return nil }
        }
        guard numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `14:05`, `14:05:09`, `14:05:09.1230000`; as seconds since midnight.
    static func time(_ text: Substring) -> Double? {
        if let value = FastValueParsing.time(text) { return value }
        return slowTime(text)
    }

    static func slowTime(_ text: Substring) -> Double? {
        let parts = text.trimmedSpaces().split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let hours = Int(parts[0]), let minutes = Int(parts[1]),
              parts[0].count <= 2, parts[1].count == 2, (0...23).contains(hours), (0...59).contains(minutes)
        else { return nil }
        var seconds = 0.0
        if parts.count == 3 {
            guard parts[2].count >= 2, parts[2].prefix(2).allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Double(parts[2]), value < 60 else { return nil }
            seconds = value
        }
        return Double(hours * 3600 + minutes * 60) + seconds
    }

    /// A time, or a date and time whose time is read (SQL Server writes `time` as `1900-01-01 14:05:00`).
    static func timeOrDateTime(_ text: Substring) -> Double? {
        if let value = FastValueParsing.timeOrDateTime(text) { return value }
        return slowTimeOrDateTime(text)
    }

    static func slowTimeOrDateTime(_ text: Substring) -> Double? {
        let text = Substring(text.trimmedSpaces())
        if let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            guard date(text[..<cut]) != nil else { return nil }
            return time(text[text.index(after: cut)...])
        }
        return time(text)
    }

    /// `0`/`1`, `True`/`False`, `t`/`f`, `yes`/`no`, `J`/`N` (ja/nej), any case.
    static func bool(_ text: Substring) -> Bool? {
        if let value = FastValueParsing.bool(text) { return value }
        return slowBool(text)
    }

    static func slowBool(_ text: Substring) -> Bool? {
        switch text.trimmedSpaces().lowercased() {
        case "1", "true", "t", "yes", "y", "j", "ja": true
        case "0", "false", "f", "no", "n", "nej": false
        default: nil
        }
    }

    /// `6F9619FF-8B86-D011-B42D-00C04FC964FF`, with or without braces.
    static func isUniqueIdentifier(_ text: Substring) -> Bool {
        var text = Substring(text.trimmedSpaces())
        if text.first == "{" && text.last == "}" { text = text.dropFirst().dropLast() }
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Whether `text` reads as a value of `type`; what it is called in a finding when it does not.
    static func check(_ text: Substring, as type: ColumnType) -> (ok: Bool, expected: String) {
        switch type {
        case .int, .smallint, .bigint: (int(text) != nil, "a whole number")
        case .decimal: (FastValueParsing.decimal(text) != nil || decimal(text) != nil, "a number such as 199,50")
        case .date: (date(text) != nil, "a date such as 2017-03-01")
        case .datetime: (date(text) != nil, "a date and time such as 2017-03-01 14:05:00")
        case .time: (timeOrDateTime(text) != nil, "a time such as 14:05:00")
        case .bit: (bool(text) != nil, "0 or 1")
        case .uniqueidentifier: (isUniqueIdentifier(text), "an identifier such as 6F9619FF-8B86-D011-B42D-00C04FC964FF")
        case .string, .other: (true, "")
        }
    }
}
