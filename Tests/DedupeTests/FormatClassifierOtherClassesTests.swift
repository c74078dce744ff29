import Testing
import MARC
@testable import Dedupe

/// The classes beyond the book family, conflicting evidence, and records with almost no coding.
@Suite struct FormatClassifierOtherClassesTests {
    typealias T = FormatTestRecords

    static let musicCD = T.record("00000njm a2200000 i 4500", [
        T.control("007", "sd fsngnnmmned"), T.fixed(), T.data("245", [("a", "Visor")]),
        T.data("300", [("a", "1 CD (52 min.)")]), T.data("336", [("a", "framförd musik"), ("2", "rdacontent")]),
    ])
    static let lp = T.record("00000njm a2200000 i 4500", [
        T.control("007", "sd bsmennmplud"), T.fixed(), T.data("245", [("a", "Visor")]), T.data("300", [("a", "1 LP")]),
    ])
    static let sheetMusic = T.record("00000ncm a2200000 i 4500", [
        T.fixed(), T.data("245", [("a", "Visor för piano")]), T.data("300", [("a", "1 partitur (32 s.)")]),
    ] + T.rda("ntm", "n", "nc"))
    static let map = T.record("00000nem a2200000 i 4500", [
        T.control("007", "aj canzn"), T.fixed(), T.data("245", [("a", "Skaraborg")]), T.data("300", [("a", "1 karta")]),
    ] + T.rda("cri", "n", "nb"))
    static let serial = T.record("00000nas a2200000 i 4500", [
        T.fixed(), T.data("022", [("a", "0345-1234")]), T.data("245", [("a", "Biblioteksbladet")]),
    ] + T.rda("txt", "n", "nc"))
    static let kit = T.record("00000nom a2200000 i 4500", [
        T.fixed(), T.data("245", [("a", "Lär dig läsa")]), T.data("300", [("a", "1 bok, 1 CD")]),
    ])
    static let game = T.record("00000nrm a2200000 i 4500", [
        T.fixed([33: "g"]), T.data("245", [("a", "Sverigespelet")]), T.data("300", [("a", "1 spel (1 spelplan, 60 kort)")]),
    ])
    static let vhs = T.record("00000ngm a2200000 i 4500", [
        T.control("007", "vf cbahos"), T.fixed(), T.data("245", [("a", "Ondskan")]), T.data("300", [("a", "1 videokassett (VHS)")]),
    ])

    @Test(arguments: [
        (musicCD, FormatClass.musicCD), (lp, .lp), (sheetMusic, .sheetMusic), (map, .map), (serial, .serial),
        (kit, .kit), (game, .game), (vhs, .other),
    ])
    func everyOtherClass(record: Record, expected: FormatClass) {
        let decision = FormatClassifier.classify(record)
        #expect(decision.formatClass == expected, "\(decision)")
        #expect(decision.confidence == .strong, "\(decision)")
    }

    @Test func physicalEvidenceBeatsTheLeaderAndTheDecisionIsWeak() {
        // An audiobook catalogued on the book template: leader/06 a, but 300 and 020 $q say CD audiobook.
        let record = T.record("00000nam a2200000 i 4500", [
            T.fixed(), T.data("020", [("a", "9789164220095"), ("q", "ljudbok")]), T.title,
            T.data("300", [("a", "9 CD (11 tim.)")]),
        ])
        let decision = FormatClassifier.classify(record)
        #expect(decision.formatClass == .audiobookCD, "\(decision)")
        #expect(decision.confidence == .weak)
        #expect(decision.contradictions.map(\.source) == ["leader/06"], "\(decision)")
    }

    @Test func a007VideoFormatBeatsAWrong300() {
        let record = T.record("00000ngm a2200000 i 4500", [
            T.control("007", "vd csaizq"), T.fixed(), T.title, T.data("300", [("a", "1 DVD-skiva")]),
        ])
        let decision = FormatClassifier.classify(record)
        #expect(decision.formatClass == .bluRay || decision.formatClass == .dvd)
        #expect(decision.confidence == .weak, "\(decision)")
    }

    @Test func storpocketIsAPaperbackNotLargePrint() {
        let record = T.record("00000nam a2200000 i 4500", [
            T.fixed(), T.data("020", [("a", "9789100123456 (storpocket)")]), T.title, T.data("300", [("a", "445 s.")]),
        ])
        #expect(FormatClassifier.classify(record).formatClass == .book)
    }

    @Test func aBookWithAnAccompanyingCDIsABook() {
        let record = T.record("00000nam a2200000 i 4500", [
            T.fixed(), T.title, T.data("300", [("a", "120 s. :"), ("b", "ill. ;"), ("c", "25 cm +"), ("e", "1 CD")]),
        ])
        let decision = FormatClassifier.classify(record)
        #expect(decision.formatClass == .book, "\(decision)")
        #expect(decision.confidence == .strong, "\(decision)")
    }

    @Test func almostNoCodingIsAWeakBook() {
        let decision = FormatClassifier.classify(T.record("00000nam a2200000 i 4500", [T.title]))
        #expect(decision.formatClass == .book)
        #expect(decision.confidence == .weak, "\(decision)")
    }

    @Test func noCodingAtAllIsOtherAndUnknown() {
        let decision = FormatClassifier.classify(T.record("00000n   a2200000   4500", [T.title]))
        #expect(decision.formatClass == .other)
        #expect(decision.confidence == .unknown)
    }

    @Test func burkCodesArePrefixMatchedLongestFirst() {
        #expect(FormatClassifier.longestPrefix("LCDX", in: FormatClassifier.burkTable)?.code == "LCD")
        #expect(FormatClassifier.longestPrefix("LX", in: FormatClassifier.burkTable)?.code == "L")
        #expect(FormatClassifier.longestPrefix("BS", in: FormatClassifier.burkTable)?.code == "BS")
        #expect(FormatClassifier.longestPrefix("Q", in: FormatClassifier.burkTable) == nil)
        #expect(FormatClassifier.longestPrefix("LC", in: FormatClassifier.sabTable)?.code == "LC")
        #expect(FormatClassifier.longestPrefix("DVD", in: FormatClassifier.sabTable)?.code == "DVD")
    }
}
