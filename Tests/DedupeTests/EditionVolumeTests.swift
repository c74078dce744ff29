import Testing
@testable import Dedupe

@Suite struct EditionVolumeTests {
    /// (statement, number, printing, flags)
    static let editions: [(String, Int?, Int?, [String])] = [
        ("2. uppl.", 2, nil, []),
        ("2:a uppl.", 2, nil, []),
        ("2:a upplagan", 2, nil, []),
        ("Andra upplagan", 2, nil, []),
        ("Tredje utgåvan", 3, nil, []),
        ("2nd ed.", 2, nil, []),
        ("Second edition", 2, nil, []),
        ("3rd edition", 3, nil, []),
        ("Fourth edition, revised", 4, nil, ["revised"]),
        ("Rev. ed.", nil, nil, ["revised"]),
        ("Reviderad utg.", nil, nil, ["revised"]),
        ("Ny utg.", nil, nil, ["new"]),
        ("New ed.", nil, nil, ["new"]),
        ("2. rev. och utök. uppl.", 2, nil, ["expanded", "revised"]),
        ("3., omarb. uppl.", 3, nil, ["revised"]),
        ("Utökad utg.", nil, nil, ["expanded"]),
        ("2nd enlarged edition", 2, nil, ["expanded"]),
        ("1. uppl., 3. tr.", 1, 3, []),
        ("2. tr.", nil, 2, []),
        ("Förkortad utg.", nil, nil, ["abridged"]),
        ("Lättläst utg.", nil, nil, ["easy-read"]),
        ("II. uppl.", 2, nil, []),
        ("Första upplagan", 1, nil, []),
    ]

    @Test(arguments: editions) func readsEditionStatements(_ row: (String, Int?, Int?, [String])) throws {
        let edition = try #require(Edition.parse(row.0))
        #expect(edition.number == row.1, "\(row.0)")
        #expect(edition.printing == row.2, "\(row.0)")
        #expect(edition.flags == row.3, "\(row.0)")
    }

    @Test func swedishAndEnglishFormsOfOneEditionAgree() throws {
        let forms = ["2. uppl.", "Andra upplagan", "2nd ed.", "Second edition", "2:a uppl."]
        let numbers = try forms.map { try #require(Edition.parse($0)).number }
        #expect(Set(numbers) == [2])
        #expect(Edition.parse(" . ") == nil)
    }

    static let volumes: [(String, String)] = [
        ("Del 2", "2"), ("D. 2", "2"), ("Vol. II", "2"), ("Bd 2", "2"), ("2", "2"), ("band 2", "2"),
        ("2:a delen", "2"), ("Andra delen", "2"), ("Part two", "2"), ("Vol. 1-2", "1-2"), ("II", "2"),
        ("Del XIV", "14"), ("nr 7", "7"), ("Vol. 3 :", "3"), ("Registret", "registret"),
        ("Mix", "mix"), ("En sommar", "en sommar"), ("3", "3"),
    ]

    @Test(arguments: volumes) func readsVolumeDesignations(_ row: (String, String)) {
        #expect(VolumeDesignation.normalise(row.0) == row.1, "\(row.0)")
    }

    @Test func romanNumeralsAreStrict() {
        #expect(NumberWords.roman("xiv") == 14)
        #expect(NumberWords.roman("mcmxcix") == 1999)
        #expect(NumberWords.roman("iiii") == nil)
        #expect(NumberWords.roman("vx") == nil)
        #expect(NumberWords.roman("mix") == 1009)  // valid as a numeral: only read after a designator
    }
}
