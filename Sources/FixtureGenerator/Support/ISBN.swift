/// ISBN-13 and ISBN-10 with their check digits, and the hyphenated forms catalogues write.
enum ISBN {
    /// A unique Swedish ISBN-13 (978-91-…) for an edition number: the number is spread over the 7 free digits by
    /// multiplying with a constant coprime to 10, so distinct editions get distinct ISBNs up to 10 million.
    static func swedish13(edition: Int) -> String {
        let body = (edition &* 3_486_227 &+ 1_234_567) % 10_000_000
        let twelve = "97891" + pad(body, 7)
        return twelve + String(check13(twelve))
    }

    /// The check digit of the first 12 digits of an ISBN-13 (or EAN-13).
    static func check13(_ twelve: some StringProtocol) -> Int {
        var sum = 0
        for (index, character) in twelve.prefix(12).enumerated() {
            sum += character.wholeNumberValue! * (index % 2 == 0 ? 1 : 3)
        }
        return (10 - sum % 10) % 10
    }

    /// The check character of the first 9 digits of an ISBN-10 (`X` for 10).
    static func check10(_ nine: some StringProtocol) -> Character {
        var sum = 0
        for (index, character) in nine.prefix(9).enumerated() { sum += character.wholeNumberValue! * (10 - index) }
        let check = (11 - sum % 11) % 11
        return check == 10 ? "X" : Character(String(check))
    }

    /// The ISBN-10 of a 978 ISBN-13.
    static func to10(_ isbn13: String) -> String {
        let nine = isbn13.dropFirst(3).prefix(9)
        return String(nine) + String(check10(nine))
    }

    /// 978-91-AAAA-BBB-C: Swedish publisher prefixes are 2–6 digits; the fixture uses 4 throughout.
    static func hyphenated13(_ isbn: String) -> String {
        let c = Array(isbn)
        return "\(String(c[0..<3]))-\(String(c[3..<5]))-\(String(c[5..<9]))-\(String(c[9..<12]))-\(c[12])"
    }

    /// 91-AAAA-BBB-C.
    static func hyphenated10(_ isbn: String) -> String {
        let c = Array(isbn)
        return "\(String(c[0..<2]))-\(String(c[2..<6]))-\(String(c[6..<9]))-\(c[9])"
    }
}
