/// A calendar date as Koha stores it in 952 `$d`, `$r` and `$s`: `YYYY-MM-DD`.
///
/// Read from the forms exports use: `2019-03-05`, `20190305`, and either followed by a time after a blank or
/// `T` (`2019-03-05 14:22:01`, `2019-03-05T14:22:01`, `2019-03-05 00:00:00.000`, with or without `Z` or an
/// offset). The time is dropped as written, never shifted between time zones: a library's accession date is
/// the day the library wrote down. Refused, each with its reason: impossible days (`2019-02-30`, month 13),
/// years before 1800 or after 2100 (typing errors and "never" placeholders such as `9999-12-31`), MySQL's
/// zero date `0000-00-00`, and anything else.
public struct KohaDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years accepted: no Swedish public library copy was accessioned before 1800, and a date after 2100
    /// is a placeholder.
    public static let years = 1800...2100

    /// A date from its parts; nil unless it exists in the calendar and its year is in `years`.
    public init?(year: Int, month: Int, day: Int) {
        guard KohaDate.problem(year: year, month: month, day: day) == nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: KohaDate, rhs: KohaDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Why these parts are no date Koha should get; nil when they are one.
    static func problem(year: Int, month: Int, day: Int) -> String? {
        if year == 0 && month == 0 && day == 0 { return "the zero date (no date given)" }
        guard years.contains(year) else { return "the year \(year) is outside \(years.lowerBound)–\(years.upperBound)" }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let length = daysIn(month: month, year: year)
        guard (1...length).contains(day) else { return "there is no day \(day) in \(year)-\(month < 10 ? "0" : "")\(month)" }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
}
