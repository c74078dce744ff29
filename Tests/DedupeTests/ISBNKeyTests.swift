import MARC
import Testing
@testable import Dedupe

@Suite struct ISBNKeyTests {
    /// (as catalogued, ISBN-13, check digit valid, qualifier)
    static let forms: [(String, String, Bool, String?)] = [
        ("9789100123451", "9789100123451", true, nil),
        ("978-91-0-012345-1", "9789100123451", true, nil),
        ("978 91 0 012345 1", "9789100123451", true, nil),
        ("ISBN 978-91-0-012345-1", "9789100123451", true, nil),
        ("ISBN: 978-91-0-012345-1", "9789100123451", true, nil),
        ("ISBN-13: 9789100123451", "9789100123451", true, nil),
        ("91-0-012345-5", "9789100123451", true, nil),
        ("9100123455", "9789100123451", true, nil),
        ("91-0-012345-5 (inb.)", "9789100123451", true, "inbunden"),
        ("9789100123451 häft.", "9789100123451", true, "häftad"),
        ("9789100123451 (pbk.)", "9789100123451", true, "häftad"),
        ("9789100123451 (hardback)", "9789100123451", true, "inbunden"),
        ("9789100123451 (e-bok)", "9789100123451", true, "e-bok"),
        ("9789100123451 (storpocket)", "9789100123451", true, "storpocket"),
        ("9789100123451 (ljudbok, mp3-cd)", "9789100123451", true, "ljudbok mp3"),
        ("9789100123451 (Daisy)", "9789100123451", true, "daisy"),
        ("9789100123451 (stor stil)", "9789100123451", true, "storstil"),
        ("9789100123451 (v. 2)", "9789100123451", true, "v 2"),
        ("0-8044-2957-X", "9780804429573", true, nil),
        ("080442957x (pocket)", "9780804429573", true, "pocket"),
        ("0-306-40615-2", "9780306406157", true, nil),
        // wrong check digits: read, but not valid
        ("91-0-012345-6 (inb.)", "9789100123451", false, "inbunden"),
        ("9789100123452", "9789100123452", false, nil),
        ("0-306-40615-X", "9780306406157", false, nil),
    ]

    @Test(arguments: forms) func readsEveryForm(_ form: (String, String, Bool, String?)) throws {
        let reading = try #require(ISBN.read(form.0), "\(form.0)")
        #expect(reading.isbn13 == form.1, "\(form.0)")
        #expect(reading.checkDigitValid == form.2, "\(form.0)")
        #expect(reading.qualifier == form.3, "\(form.0)")
    }

    @Test(arguments: ["", "inb.", "12345", "91-0-01234", "978910012345X", "ISBN saknas", "X123456789"])
    func garbageIsNoISBN(_ text: String) {
        #expect(ISBN.read(text) == nil)
    }

    @Test func qualifierSynonymsMeet() {
        #expect(ISBNQualifier.normalise("(inb.)") == ISBNQualifier.normalise("inbunden"))
        #expect(ISBNQualifier.normalise("(häft.)") == ISBNQualifier.normalise("Häftad"))
        #expect(ISBNQualifier.normalise("e-book") == "e-bok")
        #expect(ISBNQualifier.normalise("CD") == "cd")
        #expect(ISBNQualifier.normalise("MP3") == "mp3")
        #expect(ISBNQualifier.normalise("()") == nil)
    }

    @Test(arguments: [
        ("0317-8471", "03178471", true), ("ISSN 0317-8471", "03178471", true), ("2049-3630", "20493630", true),
        ("0345-799X", "0345799X", false), ("0317-8472", "03178472", false),
    ])
    func issn(_ form: (String, String, Bool)) throws {
        let read = try #require(StandardNumbers.issn(form.0))
        #expect(read.issn == form.1)
        #expect(read.valid == form.2)
    }

    @Test func issnWithXCheckDigit() throws {
        // 0000-006X: weights 8..2 over 000000 6 → 12; 11 - 1 = 10 → X
        let read = try #require(StandardNumbers.issn("0000-006x"))
        #expect(read.issn == "0000006X")
        #expect(read.valid)
        #expect(StandardNumbers.issn("123") == nil)
    }

    @Test func otherStandardNumbersByKind() {
        #expect(StandardNumbers.key024(Field(tag: "024", indicators: "3 ", subfields: [.init("a", "7391772108352")]))
                == "ean:7391772108352")
        #expect(StandardNumbers.key024(Field(tag: "024", indicators: "1 ", subfields: [.init("a", "0 74646 13902 1")]))
                == "upc:074646139021")
        #expect(StandardNumbers.key024(Field(tag: "024", indicators: "2 ", subfields: [.init("a", "M-2306-7118-7")]))
                == "ismn:9790230671187")
        #expect(StandardNumbers.key024(Field(tag: "024", indicators: "7 ", subfields: [.init("a", "10.1000/1"), .init("2", "doi")]))
                == "doi:1010001")
        #expect(StandardNumbers.key028(Field(tag: "028", indicators: "00", subfields: [.init("a", "8.557000"), .init("b", "Naxos")]))
                == "pub:naxos:8557000")
    }
}
