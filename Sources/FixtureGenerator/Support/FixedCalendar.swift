/// Dates without a clock: day numbers counted from 2000-01-01 (the fixture's epoch), printed as ISO dates.
enum FixedCalendar {
    /// The day every fixture export was "taken": 2026-01-15.
    static let exportDay = day(2026, 1, 15)

    /// Days from 2000-01-01 to a civil date (Howard Hinnant's algorithm).
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 - 10_957
    }

    /// `YYYY-MM-DD` for a day number.
    static func iso(_ dayNumber: Int) -> String {
        let z = dayNumber + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        return "\(y)-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// `HH:MM:SS` for seconds since midnight.
    static func time(_ seconds: Int) -> String {
        "\(pad(seconds / 3600 % 24, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
    }
}

/// `value` zero-padded to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
