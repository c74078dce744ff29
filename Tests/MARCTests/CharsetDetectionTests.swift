import Testing
@testable import MARC

/// Swedish text in Latin-1 "fits" MARC-8 byte for byte; the detector must read it as Latin-1.
@Suite struct CharsetDetectionTests {
    func decoded(_ value: [UInt8], leader9: UInt8 = 0x20, encoding: EncodingChoice = .auto) throws -> ReadRecord {
        let record = iso2709(leader9: leader9, [("245", dataField("10", [("a", value)]))])
        return try #require(try readISO2709(record, encoding: encoding)[0].read)
    }

    @Test(arguments: ["Sjöberg", "Västerås", "Åsa Larsson", "Häxan", "Tänd", "Mälaren", "Jönköping", "Pär på ön", "Kärlek och död", "Änglar", "Ökenfolk"])
    func swedishLatin1IsLatin1EvenWhenTheLeaderSaysMARC8(word: String) throws {
        let read = try decoded(latin1(word))
        #expect(read.encoding == .latin1)
        #expect(read.record.firstValue("245", "a") == word)
        #expect(read.findings.contains { $0.rule == "charset.leader-mismatch" })
    }

    @Test(arguments: ["Sjöberg", "Åsa Larsson", "Ærø", "naïve café"])
    func validUTF8IsUTF8WhateverTheLeaderSays(word: String) throws {
        let read = try decoded(Array(word.utf8), leader9: 0x20)
        #expect(read.encoding == .utf8)
        #expect(read.record.firstValue("245", "a") == word)
    }

    @Test func decomposedUTF8ComesOutNFC() throws {
        let read = try decoded(Array("Sjo\u{308}berg".utf8), leader9: 0x61)
        #expect(Array(read.record.firstValue("245", "a")!.utf8) == Array("Sjöberg".utf8))
        #expect(read.record.leader.characterCoding == 0x61)
    }

    @Test func marc8RomanisationIsMARC8() {
        // "Mu\u{308}nchen", "Jose\u{301}", "ski\u{306}i", "t͡s": marks before vowels they are put on.
        let samples: [[UInt8]] = [
            [0x4D, 0xE8] + Array("unchen".utf8),
            Array("Jos".utf8) + [0xE2] + Array("e Mart".utf8) + [0xE2] + Array("i".utf8),
            Array("Russk".utf8) + [0xE6] + Array("i".utf8) + Array(" ".utf8) + [0xEB] + Array("t".utf8) + [0xEC] + Array("s".utf8),
            Array("Jo".utf8) + [0xE4] + Array("ao".utf8),
        ]
        for bytes in samples {
            let plausibility = bytes.withUnsafeBufferPointer { CharsetPlausibility($0) }
            #expect(plausibility.margin > 0, "\(bytes)")
        }
    }

    @Test func underliningWithOneMarkOnEveryLetterIsMARC8() {
        let bytes: [UInt8] = [0xF6, 0x43, 0xF6, 0x61, 0xF6, 0x6C, 0xF6, 0x6C]  // C̲a̲l̲l̲
        #expect(bytes.withUnsafeBufferPointer { CharsetPlausibility($0) }.margin > 0)
    }

    @Test func forcedEncodingIsObeyed() throws {
        let read = try decoded(latin1("Sjöberg"), encoding: .latin1)
        #expect(read.encoding == .latin1)
        #expect(read.record.firstValue("245", "a") == "Sjöberg")
    }

    @Test func brokenUTF8StaysUTF8AndEveryBadByteIsReported() throws {
        let bytes = Array("Ärlig ".utf8) + [0xFF] + Array(" Öde".utf8)
        let read = try decoded(bytes, leader9: 0x61)
        #expect(read.encoding == .utf8)
        #expect(read.record.firstValue("245", "a") == "Ärlig \u{FFFD} Öde")
        let finding = try #require(read.findings.first { $0.rule == "charset.undecodable" })
        #expect(finding.tag == "245")
        #expect(finding.message.contains("offset 7"))
    }

    @Test func undefinedWindows1252BytesAreReported() throws {
        let read = try decoded(latin1("Sjöberg") + [0x81], encoding: .latin1)
        #expect(read.record.firstValue("245", "a") == "Sjöberg\u{FFFD}")
        #expect(read.findings.contains { $0.rule == "charset.undecodable" })
    }

    @Test func windows1252PunctuationDecodes() throws {
        let read = try decoded(latin1("Ö") + [0x96] + Array(" ".utf8) + [0x93] + latin1("Där") + [0x94], encoding: .latin1)
        #expect(read.record.firstValue("245", "a") == "Ö– “Där”")
    }

    @Test func asciiNeedsNoDecision() throws {
        let read = try decoded(Array("Plain title".utf8))
        #expect(read.encoding == .ascii)
        #expect(!read.findings.contains { $0.rule == "charset.leader-mismatch" })
    }

    @Test func theFileTendencyDecidesARecordThatSaysLittle() throws {
        // Three clearly MARC-8 records, then one whose single mark is ambiguous on its own.
        let clear = iso2709([("245", dataField("10", [("a", [0x4D, 0xE8] + Array("unchen ".utf8) + [0xE2] + Array("etude".utf8))]))])
        let weak = iso2709([("245", dataField("10", [("a", Array("Ar".utf8) + [0xE4] + Array("ao".utf8))]))])
        let results = try readISO2709(clear + clear + clear + weak)
        #expect(results.compactMap { $0.read?.encoding } == [.marc8, .marc8, .marc8, .marc8])
    }
}

extension CharsetDetectionTests {
    @Test func anEscapeToA7BitSetIsMARC8EvenWithoutHighBytes() throws {
        // ESC ( N switches G0 to Basic Cyrillic: 6D 4F 53 4B 57 41 is "Москва"; ESC ( B switches back.
        let bytes: [UInt8] = [0x1B, 0x28, 0x4E, 0x6D, 0x4F, 0x53, 0x4B, 0x57, 0x41, 0x1B, 0x28, 0x42]
        let read = try decoded(bytes, leader9: 0x61)
        #expect(read.encoding == .marc8)
        #expect(read.record.firstValue("245", "a") == "Москва")
    }
}
