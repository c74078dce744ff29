import Foundation
import Testing
@testable import Exports

/// The byte parsers answer only for the common forms; wherever they answer, the answer must be the one the
/// thorough parsers give.
@Suite struct FastValueParsingTests {
    static let texts: [String] = [
        "", " ", "0", "1", "12", " 12 ", "-3", "+7", "+", "-", "+-5", "-0", "007", "1 2", "12a", "١٢", "12\u{301}",
        "123456789012345678", "1234567890123456789", "9223372036854775807", "99999999999999999999",
        "199,50", "199.50", "199:-", "199,-", "199.-", "1 299,00", "-5", ",5", ".5", "5,", "5.", "1.299,50", "1,2,3",
        "12kr", " - 5 ", "+5,00", "1\u{A0}299,00", "0,000000000000000000000000001", "123456789012345678901234567890,5",
        "2017-03-01", "20170301", "2017-3-1", "2017-03-01 00:00:00", "2017-03-01T12:30", "2017-03-01 14:05:09.1230000",
        "2017-02-29", "2016-02-29", "2017-13-01", "0000-01-01", "2017-03-01  14:05", "2017-03-01 24:00", "2017-03-01 23:60",
        "2017-03-01 14:05:60", "2017-03-01 14:05:59.9999999999999999999", "2017-03-01 14:5", "2017-03-01 14:05:", "2017-03-01 14:05:1",
        "2017-03-01 14:05:09.", "2017-03-01 14:05:09.x", "2017-03-01 1:05", "2017-03-01 001:05", "2017-03-01 +1:05",
        "2017-03-01 14:05:09:00", "2017-03-01T", "2017-03-01 ", " 2017-03-01", "2017-03-01\r\n", "２０１７-03-01",
        "14:05", "14:05:09", "9:30", "14:05:09.123", "1900-01-01 14:05:00", "1900-01-01T14:05", "25:00", "14:05 ",
        "true", "False", "t", "J", "nej", "yes", "2",
    ]

    @Test func fastAnswersAreTheThoroughOnes() {
        for text in Self.texts {
            let sub = Substring(text)
            if let fast = FastValueParsing.int(sub) { #expect(fast == ValueParsing.slowInt(sub), "int \(text)") }
            if let fast = FastValueParsing.date(sub) { #expect(fast == ValueParsing.slowDate(sub), "date \(text)") }
            if let fast = FastValueParsing.time(sub) { #expect(fast == ValueParsing.slowTime(sub), "time \(text)") }
            if let fast = FastValueParsing.timeOrDateTime(sub) {
                #expect(fast == ValueParsing.slowTimeOrDateTime(sub), "timeOrDateTime \(text)")
            }
            if let fast = FastValueParsing.bool(sub) { #expect(fast == ValueParsing.slowBool(sub), "bool \(text)") }
            if let fast = FastValueParsing.decimal(sub) {
                #expect(Decimal(string: fast, locale: ValueParsing.posix) == ValueParsing.slowDecimal(sub), "decimal \(text)")
            }
            // Every value reads as before, whichever parser answers.
            #expect(ValueParsing.int(sub) == ValueParsing.slowInt(sub), "int \(text)")
            #expect(ValueParsing.date(sub) == ValueParsing.slowDate(sub), "date \(text)")
            #expect(ValueParsing.timeOrDateTime(sub) == ValueParsing.slowTimeOrDateTime(sub), "time \(text)")
            #expect(ValueParsing.decimal(sub) == ValueParsing.slowDecimal(sub), "decimal \(text)")
            #expect(ValueParsing.bool(sub) == ValueParsing.slowBool(sub), "bool \(text)")
        }
    }

    @Test func commonFormsTakeTheFastPath() {
        #expect(FastValueParsing.int(" 42 ") == 42)
        #expect(FastValueParsing.date("2017-03-01 14:05:09.123") == CalendarDate(year: 2017, month: 3, day: 1))
        #expect(FastValueParsing.date("20170301") == CalendarDate(year: 2017, month: 3, day: 1))
        #expect(FastValueParsing.timeOrDateTime("1900-01-01 14:05:30") == Double(14 * 3600 + 5 * 60 + 30))
        #expect(FastValueParsing.decimal("1 299,50") == "1299.50")
        #expect(FastValueParsing.decimal("249:-") == "249")
        #expect(FastValueParsing.decimal(",5") == "0.5")
        #expect(FastValueParsing.bool("1") == true)
    }

    @Test func blankIsOnlySpaces() {
        for text in ["", " ", "   "] { #expect(text.isBlank) }
        for text in ["a", " a", "\u{A0}", " \u{301}", "\t"] {
            #expect(!text.isBlank)
            #expect(text.isBlank == text.allSatisfy { $0 == " " }, "\(text)")
        }
    }
}
