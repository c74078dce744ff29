/// The common forms of typed values read on UTF-8 bytes, without Characters, Substring generics or
/// Foundation. Each parser only answers when the text is ASCII and has exactly the common form; it gives nil
/// for anything else, and `ValueParsing` then reads the text the thorough way. So an answer here is always the
/// one `ValueParsing` would give, and the slow path still decides every unusual or invalid value.
///
/// In ASCII text a Character is one byte (but for CR LF, which no form here accepts), so trimming spaces and
/// matching digits on bytes is the same as on Characters.
enum FastValueParsing {
    private static let space: UInt8 = 0x20

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Runs `body` on the text's bytes with surrounding spaces trimmed, when the text is contiguous ASCII.
    @inline(__always)
    private static func ascii<T>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> T?) -> T? {
        let result: T?? = text.utf8.withContiguousStorageIfAvailable { bytes -> T? in
            var start = 0, end = bytes.count
            for byte in bytes where byte >= 0x80 { return nil }
            while start < end && bytes[start] == space { start += 1 }
            while end > start && bytes[end - 1] == space { end -= 1 }
            return body(bytes, start, end)
        }
        return result ?? nil
    }

    /// Digits in `start..<end` (1 to 18 of them) as a number.
    @inline(__always)
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end > start && end - start <= 18 else { return nil }
        var value = 0
        for index in start..<end {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return value
    }

    /// `12`, `-3`, `+7`.
    static func int(_ text: Substring) -> Int? {
        ascii(text) { bytes, start, end in
            var index = start
            var negative = false
            if index < end && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            guard let value = digits(bytes, index, end) else { return nil }
            return negative ? -value : value
        }
    }

    /// `0` and `1`.
    static func bool(_ text: Substring) -> Bool? {
        ascii(text) { bytes, start, end in
            guard end - start == 1 else { return nil }
            switch bytes[start] {
            case UInt8(ascii: "0"): return false
            case UInt8(ascii: "1"): return true
            default: return nil
            }
        }
    }

    /// `2017-03-01` and `20170301`, alone or with a time after a space or `T`.
    static func date(_ text: Substring) -> CalendarDate? {
        ascii(text) { bytes, start, end in
            var dateEnd = end
            if let cut = firstCut(bytes, start, end) {
                guard time(bytes, cut + 1, end) != nil else { return nil }
                dateEnd = cut
            }
            return date(bytes, start, dateEnd)
        }
    }

    /// `14:05`, `14:05:09`, `14:05:09.123`, as seconds since midnight.
    static func time(_ text: Substring) -> Double? {
        ascii(text) { bytes, start, end in time(bytes, start, end) }
    }

    /// A time, or a date and time whose time is read.
    static func timeOrDateTime(_ text: Substring) -> Double? {
        ascii(text) { bytes, start, end in
            if let cut = firstCut(bytes, start, end) {
                guard date(bytes, start, cut) != nil else { return nil }
                return time(bytes, cut + 1, end)
            }
            return time(bytes, start, end)
        }
    }

    /// `199,50`, `199.50`, `199:-`, `1 299,00`, `-5` as the plain decimal text `Decimal(string:)` reads
    /// (`199.50`, `199`, `1299.00`, `-5`).
    static func decimal(_ text: Substring) -> String? {
        ascii(text) { bytes, start, end in
            var end = end
            if end - start >= 2 && bytes[end - 1] == UInt8(ascii: "-")
                && [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: ".")].contains(bytes[end - 2]) {
                end -= 2
            }
            var normalised: [UInt8] = []
            normalised.reserveCapacity(end - start + 1)
            var index = start
            while index < end && bytes[index] == space { index += 1 }
            if index < end && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                if bytes[index] == UInt8(ascii: "-") { normalised.append(UInt8(ascii: "-")) }
                index += 1
            }
            var wholeDigits = 0, fractionDigits = 0, separators = 0
            while index < end {
                let byte = bytes[index]
                index += 1
                if byte == space { continue }
                if isDigit(byte) {
                    if separators == 0 { wholeDigits += 1 } else { fractionDigits += 1 }
                    normalised.append(byte)
                } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                    separators += 1
                    guard separators == 1 else { return nil }
                    if wholeDigits == 0 { normalised.append(UInt8(ascii: "0")) }
                    normalised.append(UInt8(ascii: "."))
                } else {
                    return nil
                }
            }
            // Whole digits, or a fraction after the separator; at most 30 digits, which Decimal always holds.
            guard wholeDigits + fractionDigits <= 30, separators == 0 ? wholeDigits > 0 : fractionDigits > 0 else { return nil }
            return String(decoding: normalised, as: UTF8.self)
        }
    }

    /// The first space or `T`: where a date's time starts.
    @inline(__always)
    private static func firstCut(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == space || bytes[index] == UInt8(ascii: "T") { return index }
            index += 1
        }
        return nil
    }

    /// `YYYY-MM-DD` or `YYYYMMDD`, a day that exists.
    private static func date(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CalendarDate? {
        let year: Int?, month: Int?, day: Int?
        switch end - start {
        case 10:
            guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-") else { return nil }
            (year, month, day) = (digits(bytes, start, start + 4), digits(bytes, start + 5, start + 7),
                                  digits(bytes, start + 8, start + 10))
        case 8:
            (year, month, day) = (digits(bytes, start, start + 4), digits(bytes, start + 4, start + 6),
                                  digits(bytes, start + 6, start + 8))
        default:
            return nil
        }
        guard let year, let month, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `H:MM`, `HH:MM`, then optionally `:SS` and `.fraction`; spaces around it.
    private static func time(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var start = start, end = end
        while start < end && bytes[start] == space { start += 1 }
        while end > start && bytes[end - 1] == space { end -= 1 }
        var colon = start
        while colon < end && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < end, (1...2).contains(colon - start), let hours = digits(bytes, start, colon), hours <= 23,
              colon + 3 <= end, let minutes = digits(bytes, colon + 1, colon + 3), minutes <= 59 else { return nil }
        let whole = Double(hours * 3600 + minutes * 60)
        if colon + 3 == end { return whole }
        let secondsStart = colon + 4
        guard bytes[colon + 3] == UInt8(ascii: ":"), secondsStart + 2 <= end,
              let seconds = digits(bytes, secondsStart, secondsStart + 2) else { return nil }
        if secondsStart + 2 == end { return seconds < 60 ? whole + Double(seconds) : nil }
        guard bytes[secondsStart + 2] == UInt8(ascii: "."), secondsStart + 3 < end,
              (secondsStart + 3..<end).allSatisfy({ isDigit(bytes[$0]) }) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[secondsStart..<end]), as: UTF8.self)
        guard let value = Double(text), value < 60 else { return nil }
        return whole + value
    }
}
