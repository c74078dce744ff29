import Testing
@testable import Koha

@Suite struct SwedishPriceTests {
    static let readable: [(String, String)] = [
        ("199:-", "199.00"),
        ("199:--", "199.00"),
        ("199,-", "199.00"),
        ("199,00 kr", "199.00"),
        ("199,00kr", "199.00"),
        ("199.50", "199.50"),
        ("199,5", "199.50"),
        ("199:50", "199.50"),
        ("1 299,50 kr", "1299.50"),
        ("1\u{00A0}299,50\u{00A0}kr", "1299.50"),
        ("1\u{202F}299 kr", "1299.00"),
        ("1.299,50", "1299.50"),
        ("1,299.50", "1299.50"),
        ("12.345,50", "12345.50"),
        ("999 999,99 kr", "999999.99"),
        ("SEK 199", "199.00"),
        ("sek199", "199.00"),
        ("kr 199", "199.00"),
        ("Kr. 199", "199.00"),
        ("199 SEK", "199.00"),
        ("199 kr.", "199.00"),
        ("199:- kr", "199.00"),
        ("  249  ", "249.00"),
        ("0199", "199.00"),
        ("0", "0.00"),
        ("0,00", "0.00"),
    ]

    @Test(arguments: readable)
    func readsSwedishPrices(text: String, expected: String) {
        #expect(SwedishPrice.parse(text) == .value(expected), "\(text)")
    }

    @Test(arguments: ["", "   ", "\u{00A0}"])
    func emptyIsAbsentNotAProblem(text: String) {
        #expect(SwedishPrice.parse(text) == .absent)
        #expect(SwedishPrice.decimal(text) == nil)
    }

    static let unreadable: [(String, String)] = [
        ("ca 200", "approximate"),
        ("ca. 200 kr", "approximate"),
        ("c:a 200", "approximate"),
        ("cirka 200", "approximate"),
        ("gåva", "no amount"),
        ("Gåva från Vänföreningen", "no amount"),
        ("-199", "negative"),
        ("−199 kr", "negative"),
        ("kr", "no amount"),
        ("1.299", "ambiguous"),
        ("1,299", "ambiguous"),
        ("199,5050", "more than two decimals"),
        ("1.299,505", "more than two decimals"),
        ("12 34", "thousands"),
        ("1..299", "thousands"),
        ("199 + moms", "not a price"),
        ("99/199", "not a price"),
        ("1,2.3,4", "mixed"),
        ("1000000", "larger than Koha can store"),
        ("1.299.000", "larger than Koha can store"),
        (",50", "no amount before the decimals"),
    ]

    @Test(arguments: unreadable)
    func refusesWhatIsNotAPrice(text: String, reasonPart: String) {
        let result = SwedishPrice.parse(text)
        #expect(result.value == nil, "\(text) gave \(result)")
        #expect(result.reason?.contains(reasonPart) == true, "\(text): \(result.reason ?? "no reason")")
        #expect(result.reason?.contains(text) == true, "the reason quotes the text")
    }
}
