import MARC
import Testing
@testable import Dedupe

@Suite struct DescriptiveKeyTests {
    func title(_ ind2: String, _ subfields: [(Character, String)], short: Bool = false) -> String {
        let field = Field(tag: "245", indicators: "1" + ind2, subfields: subfields.map { Subfield($0.0, $0.1) })
        return DescriptiveKeys.title(field, codes: short ? [0x61] : [0x61, 0x62, 0x6E, 0x70])
    }

    @Test func nonFilingCharactersOnlyThroughTheIndicator() {
        #expect(title("4", [("a", "The hobbit")]) == "hobbit")
        #expect(title("0", [("a", "The hobbit")]) == "the hobbit")
        #expect(title("3", [("a", "En sommar")]) == "sommar")
        #expect(title("0", [("a", "En sommar")]) == "en sommar")
        #expect(title("4", [("a", "Ett år")]) == "år")
    }

    @Test func swedishLettersStayApartOtherDiacriticsFold() {
        #expect(title("0", [("a", "Häxan")]) != title("0", [("a", "Haxan")]))
        #expect(title("0", [("a", "Åsa")]) != title("0", [("a", "Asa")]))
        #expect(title("0", [("a", "Öar")]) != title("0", [("a", "Oar")]))
        #expect(title("0", [("a", "Café")]) == title("0", [("a", "Cafe")]))
        #expect(title("0", [("a", "Über alles")]) == "uber alles")
        #expect(title("0", [("a", "Kærlighed")]) == "kärlighed")
        #expect(title("0", [("a", "Høeg")]) == "höeg")
    }

    @Test func nfdGivesTheSameKeyAsNFC() {
        let nfc = "H\u{E4}xan p\u{E5} \u{F6}n, caf\u{E9}"
        let nfd = "Ha\u{308}xan pa\u{30A} o\u{308}n, cafe\u{301}"
        #expect(title("0", [("a", nfc)]) == title("0", [("a", nfd)]))
        #expect(title("0", [("a", nfd)]) == "häxan på ön cafe")
        #expect(TextFold.key("A\u{30A}SA") == "åsa")
    }

    @Test func isbdPunctuationAndCaseFold() {
        let key = title("0", [("a", "Krig och fred :"), ("b", "roman /"), ("n", "Del 2 ;"), ("p", "Freden.")])
        #expect(key == "krig fred roman del 2 freden")
        #expect(title("0", [("a", "Krig & fred")]) == title("0", [("a", "KRIG OCH FRED.")]))
        #expect(title("0", [("a", "War and peace")]) == title("0", [("a", "War & peace")]))
        #expect(title("0", [("a", "Ellen's \"bok\" = Ellen’s book")]) == "ellens bok ellens book")
        #expect(title("0", [("a", "Krig och fred :"), ("b", "roman")], short: true) == "krig fred")
    }

    @Test func authorsSurnameFirst() {
        func author(_ tag: MARC.Tag, _ ind1: String, _ name: String) -> String? {
            DescriptiveKeys.author(Field(tag: tag, indicators: ind1 + " ", subfields: [Subfield("a", name)]))
        }
        #expect(author("100", "1", "Sjöberg, Åsa,") == "sjöberg åsa")
        #expect(author("100", "1", "Åsa Sjöberg") == "sjöberg åsa")
        #expect(author("100", "1", "Lindgren, Astrid") == author("700", "1", "Astrid Lindgren"))
        #expect(author("100", "0", "Elizabeth II") == "elizabeth ii")
        #expect(author("100", "0", "Homeros") == "homeros")
        #expect(author("110", "2", "Svenska kyrkan") == "svenska kyrkan")
    }

    @Test func publishers() {
        #expect(DescriptiveKeys.publisher("Bonnier") == "bonnier")
        #expect(DescriptiveKeys.publisher("Bonniers") == "bonnier")
        #expect(DescriptiveKeys.publisher("Albert Bonniers förlag") == "albert bonnier")
        #expect(DescriptiveKeys.publisher("Bonnier Carlsen") == "bonnier carlsen")
        #expect(DescriptiveKeys.publisher("Norstedts förlag AB") == "norstedt")
        #expect(DescriptiveKeys.publisher("Rabén & Sjögren") == DescriptiveKeys.publisher("Rabén och Sjögren"))
        #expect(DescriptiveKeys.publisher("Penguin Books Ltd.") == "penguin")
        #expect(DescriptiveKeys.publisher("[s.n.]") == nil)
        #expect(DescriptiveKeys.samePublisher("albert bonnier", "bonnier"))
        #expect(!DescriptiveKeys.samePublisher("bonnier carlsen", "albert bonnier"))
    }

    @Test func yearsAndExtent() {
        #expect(RecordFacts.years("c2015") == [2015])
        #expect(RecordFacts.years("[2015]") == [2015])
        #expect(RecordFacts.years("2015-2016") == [2015, 2016])
        #expect(RecordFacts.years("cop. 1998, tr. 2003") == [1998, 2003])
        #expect(RecordFacts.years("[19--]") == [])
        #expect(RecordFacts.years("uuuu") == [])
        #expect(RecordFacts.date1("150302s2015    sw |||||||||||000 0|swe d") == 2015)
        #expect(RecordFacts.date1("150302suuuu    sw |||||||||||000 0|swe d") == nil)
        #expect(RecordFacts.date1("150302s19uu    sw |||||||||||000 0|swe d") == nil)
        #expect(RecordFacts.language008("150302s2015    sw |||||||||||000 0|swe d") == "swe")
        #expect(RecordFacts.languageCodes("swedan") == ["swe", "dan"])
        #expect(RecordFacts.numbers("412 s.") == [412])
        #expect(RecordFacts.numbers("2 CD (ca 10 tim.)") == [2, 10])
        #expect(RecordFacts.numbers("xii, 412 s. : ill.") == [412])
        #expect(RecordFacts.numbers("1 ljudfil (MP3)") == [1, 3])
    }
}
