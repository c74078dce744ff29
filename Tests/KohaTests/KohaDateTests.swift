import Testing
@testable import Koha

@Suite struct KohaDateTests {
    static let readable: [(String, String)] = [
        ("2019-03-05", "2019-03-05"),
        ("20190305", "2019-03-05"),
        ("2019-03-05 14:22:01", "2019-03-05"),
        ("2019-03-05T14:22:01", "2019-03-05"),
        ("2019-03-05 00:00:00.000", "2019-03-05"),
        ("2019-03-05T23:59:59Z", "2019-03-05"),
        ("2019-03-05T23:59:59+01:00", "2019-03-05"),
        ("2019-03-05 14:22", "2019-03-05"),
        ("20190305 14:22:01", "2019-03-05"),
        (" 2019-03-05\r", "2019-03-05"),
        ("2020-02-29", "2020-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("1800-01-01", "1800-01-01"),
        ("2100-12-31", "2100-12-31"),
    ]

    @Test(arguments: readable)
    func readsExportedDates(text: String, expected: String) {
        #expect(KohaDate.parse(text).value?.description == expected, "\(text)")
        #expect(KohaDate.text(text) == expected)
    }

    @Test func emptyIsAbsent() {
        #expect(KohaDate.parse("") == .absent)
        #expect(KohaDate.parse("  ") == .absent)
    }

    static let unreadable: [(String, String)] = [
        ("2019-02-30", "no day 30"),
        ("2019-02-29", "no day 29"),
        ("1900-02-29", "no day 29"),
        ("2019-13-01", "no month 13"),
        ("2019-00-10", "no month 0"),
        ("2019-04-31", "no day 31"),
        ("2019-04-00", "no day 0"),
        ("1799-12-31", "year 1799"),
        ("2101-01-01", "year 2101"),
        ("9999-12-31", "year 9999"),
        ("0000-00-00", "zero date"),
        ("0000-00-00 00:00:00", "zero date"),
        ("00000000", "zero date"),
        ("2019-3-5", "not a date"),
        ("05/03/2019", "not a date"),
        ("2019-03-05 igår", "unexpected text"),
        ("2019-03-05 25:00:00", "unexpected text"),
        ("201903051", "not a date"),
        ("i förrgår", "not a date"),
    ]

    @Test(arguments: unreadable)
    func refusesImpossibleDates(text: String, reasonPart: String) {
        let result = KohaDate.parse(text)
        #expect(result.value == nil, "\(text) gave \(result)")
        #expect(result.reason?.contains(reasonPart) == true, "\(text): \(result.reason ?? "no reason")")
    }

    @Test func partsAreChecked() {
        #expect(KohaDate(year: 2024, month: 2, day: 29)?.description == "2024-02-29")
        #expect(KohaDate(year: 2023, month: 2, day: 29) == nil)
        #expect(KohaDate(year: 2019, month: 3, day: 5)! < KohaDate(year: 2019, month: 11, day: 1)!)
    }
}
