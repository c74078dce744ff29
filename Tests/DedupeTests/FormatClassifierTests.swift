import Testing
import MARC
@testable import Dedupe

/// The same work ("Ondskan" by Jan Guillou) in every format, as LIBRIS and BOOK-IT catalogue it.
@Suite struct FormatClassifierTests {
    typealias T = FormatTestRecords

    // MARK: LIBRIS-style records

    static let book = T.record("00000nam a2200000 i 4500", [
        T.control("001", "8214"), T.control("003", "SE-LIBR"), T.fixed(),
        T.data("020", [("a", "9789100123456"), ("q", "inb.")]), T.sab("Hc.01"), T.title,
        T.data("300", [("a", "445 sidor ;"), ("c", "22 cm")]),
    ] + T.rda("txt", "n", "nc"))

    static let largePrint = T.record("00000nam a2200000 i 4500", [
        T.fixed([23: "d"]), T.data("020", [("a", "9789100123457"), ("q", "storstil")]), T.title,
        T.data("250", [("a", "Storstilsutg.")]), T.data("300", [("a", "612 s. ;"), ("c", "25 cm")]),
    ])

    static let audiobookCD = T.record("00000nim a2200000 i 4500", [
        T.control("007", "sd fsngnnmmned"), T.fixed(), T.data("020", [("a", "9789164220095"), ("q", "ljudbok")]),
        T.sab("Hc.01/LC"), T.title(gmd: "[Ljudupptagning]"), T.data("300", [("a", "9 CD (11 tim.)")]),
    ] + T.rda("spw", "s", "sd"))

    static let audiobookMP3 = T.record("00000nim a2200000 i 4500", [
        T.control("007", "sd fsngnnmmned"), T.fixed(), T.data("020", [("a", "9789164220101"), ("q", "mp3")]),
        T.title, T.data("300", [("a", "1 mp3-skiva (11 tim.)")]),
    ] + T.rda("spw", "s", "sd"))

    static let talkingBook = T.record("00000nim a2200000 i 4500", [
        T.control("007", "sd fsngnnmmned"), T.fixed(), T.title(gmd: "[Talbok]"),
        T.data("300", [("a", "1 CD-skiva (Daisy) (11 tim.)")]),
    ])

    static let ebook = T.record("00000nam a2200000 i 4500", [
        T.control("006", "m     o  d        "), T.control("007", "cr |||||||||||"), T.fixed([23: "o"]),
        T.data("020", [("a", "9789100123464"), ("q", "e-bok")]), T.title, T.data("300", [("a", "1 onlineresurs")]),
    ] + T.rda("txt", "c", "cr"))

    static let eAudiobook = T.record("00000nim a2200000 i 4500", [
        T.control("007", "cr |||||||||||"), T.fixed([23: "o"]), T.data("020", [("a", "9789164220118"), ("q", "e-ljudbok")]),
        T.title(gmd: "[Elektronisk resurs]"), T.data("300", [("a", "1 onlineresurs (11 tim.)")]),
    ] + T.rda("spw", "c", "cr"))

    static let dvd = T.record("00000ngm a2200000 i 4500", [
        T.control("007", "vd cvaizq"), T.fixed([33: "v"]), T.title(gmd: "[Videoupptagning]"),
        T.data("300", [("a", "1 DVD-skiva (113 min.)")]),
    ] + T.rda("tdi", "v", "vd"))

    static let bluRay = T.record("00000ngm a2200000 i 4500", [
        T.control("007", "vd csaizq"), T.fixed([33: "v"]), T.title, T.data("300", [("a", "1 Blu-ray-skiva (113 min.)")]),
    ] + T.rda("tdi", "v", "vd"))

    // MARK: BOOK-IT-style records: ISBN in 350, media code in 886/887

    static let bookitAudiobookCD = T.record("00000nim a2200000 i 4500", [
        T.control("001", "100234"), T.fixed(), T.data("350", [("c", "9789164220095"), ("q", "CD")], indicators: "0 "),
        T.data("081", [("h", "Hc Guillou")]), T.title(gmd: "[Ljudupptagning]"),
        T.data("300", [("a", "9 CD (ca 11 tim.)")]), T.burk("LCD"),
    ])

    static let bookitLargePrint = T.record("00000nam a2200000 i 4500", [
        T.control("001", "100235"), T.fixed(), T.data("350", [("c", "9789100123457 (storstil)")], indicators: "0 "),
        T.title, T.data("300", [("a", "612 s.")]), T.burk("BS"),
    ])

    static let bookitMP3 = T.record("00000nim a2200000 i 4500", [
        T.control("001", "100236"), T.fixed(), T.title(gmd: "[Ljudupptagning]"),
        T.data("300", [("a", "1 mp3-skiva (ca 11 tim.)")]), T.burk("LMP3", tag: "886"),
    ])

    static let bookitTalkingBook = T.record("00000nam a2200000 i 4500", [
        T.control("001", "100237"), T.title, T.burk("BT"),
    ])

    static let bookitBook = T.record("00000nam a2200000 i 4500", [
        T.control("001", "100238"), T.fixed(), T.data("350", [("c", "9789100123456"), ("q", "storpocket")], indicators: "0 "),
        T.title, T.data("300", [("a", "445 s.")]), T.burk("B"),
    ])

    @Test(arguments: [
        (book, FormatClass.book), (largePrint, .largePrint), (audiobookCD, .audiobookCD), (audiobookMP3, .audiobookMP3),
        (talkingBook, .talkingBook), (ebook, .ebook), (eAudiobook, .eAudiobook), (dvd, .dvd), (bluRay, .bluRay),
        (bookitAudiobookCD, .audiobookCD), (bookitLargePrint, .largePrint), (bookitMP3, .audiobookMP3),
        (bookitBook, .book),
    ])
    func sameWorkInEveryFormat(record: Record, expected: FormatClass) {
        let decision = FormatClassifier.classify(record)
        #expect(decision.formatClass == expected, "\(decision)")
        #expect(decision.confidence == .strong, "\(decision)")
        #expect(decision.contradictions.isEmpty, "\(decision)")
    }

    /// The fixture generator's large-print editions carry nothing but the edition statement.
    @Test func anEditionStatementAloneMakesLargePrint() {
        let record = T.record("00000nam a2200000 i 4500", [T.fixed(), T.title, T.data("250", [("a", "Storstilsutg.")]), T.data("300", [("a", "600 s.")])])
        #expect(FormatClassifier.classify(record).formatClass == .largePrint)
        let revised = T.record("00000nam a2200000 i 4500", [T.fixed(), T.title, T.data("250", [("a", "2. uppl.")]), T.data("300", [("a", "600 s.")])])
        #expect(FormatClassifier.classify(revised).formatClass == .book)
    }

    /// Maps in a book's extent are its illustrations, not its format.
    @Test func mapsInABooksExtentAreIllustrations() {
        let book = T.record("00000nam a2200000 i 4500", [T.fixed(), T.title, T.data("300", [("a", "xxii, 193 p. incl. maps")])])
        #expect(FormatClassifier.classify(book).formatClass == .book)
        let map = T.record("00000nem a2200000 i 4500", [T.fixed(), T.title, T.data("300", [("a", "1 map")])])
        #expect(FormatClassifier.classify(map).formatClass == .map)
    }

    @Test func theSameWorksFormatsAreAllApart() {
        let records = [Self.book, Self.largePrint, Self.audiobookCD, Self.audiobookMP3, Self.talkingBook, Self.ebook,
                       Self.eAudiobook, Self.dvd, Self.bluRay]
        let classes = Set(records.map { FormatClassifier.classify($0).formatClass })
        #expect(classes.count == records.count)
    }

    @Test func aTalkingBookCodedOnlyByBURKIsWeakButApart() {
        let decision = FormatClassifier.classify(Self.bookitTalkingBook)
        #expect(decision.formatClass == .talkingBook, "\(decision)")
        #expect(decision.confidence == .weak, "leader/06 a says text, BURK BT says talking book: \(decision)")
    }

    @Test func evidenceReadsLikeACataloguerWouldSayIt() {
        let text = FormatClassifier.classify(Self.audiobookCD).description
        #expect(text.hasPrefix("audiobook-cd (strong): "))
        #expect(text.contains("leader/06 i = nonmusical sound recording"))
        #expect(text.contains("007/00-01 sd = sound disc"))
        #expect(text.contains("300 $a '9 CD (11 tim.)' = audio CD"))
        #expect(text.contains("020 $q 'ljudbok' = audiobook"))
        #expect(text.contains("084 $a (SAB) 'Hc.01/LC' = SAB /LC sound recording on CD"))
    }
}
