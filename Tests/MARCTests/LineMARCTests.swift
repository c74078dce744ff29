import Foundation
import Testing
@testable import MARC

@Suite struct LineMARCTests {
    static let leader = "00000nam a2200000 i 4500"

    func read(_ text: String, encoding: EncodingChoice = .auto) throws -> [Outcome] {
        try read(Array(text.utf8), encoding: encoding)
    }

    func read(_ bytes: [UInt8], encoding: EncodingChoice = .auto) throws -> [Outcome] {
        try readInEveryChunking(bytes) { LineMARCReader(source: $0, encoding: encoding) }
    }

    // MARK: Libra format

    @Test func readsLibraRecordsWithCRLF() throws {
        let text = "*000\(Self.leader)\r\n*001123\r\n*008880719s1839    mau\r\n*24510$aTitel$bundertitel\r\n"
            + "*000\(Self.leader)\r\n*001456\r\n*650 7$aÄmne$2sao\r\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 2)
        let first = try #require(outcomes[0].record)
        #expect(first.leader.text == Self.leader)
        #expect(first.controlValue("001") == "123")
        #expect(first.controlValue("008") == "880719s1839    mau")
        let title = try #require(first.first("245"))
        #expect(title.indicatorText == "10")
        #expect(title.subfields == [Subfield("a", "Titel"), Subfield("b", "undertitel")])
        #expect(outcomes[0].findings.isEmpty)
        let second = try #require(outcomes[1].record)
        #expect(second.first("650")?.indicatorText == " 7")
        #expect(second.firstValue("650", "a") == "Ämne")
        #expect(outcomes[1].location.recordNumber == 2)
        #expect(outcomes[1].location.line == 5)
        #expect(outcomes[1].location.byteOffset == text.utf8.count - "*000\(Self.leader)\r\n*001456\r\n*650 7$aÄmne$2sao\r\n".utf8.count)
    }

    @Test func lfAndCRLFReadTheSame() throws {
        let lines = ["*000\(Self.leader)", "*001123", "*24510$aTitel$bundertitel", "*000\(Self.leader)", "*0012"]
        let crlf = try read(lines.joined(separator: "\r\n") + "\r\n").map(\.record)
        let lf = try read(lines.joined(separator: "\n")).map(\.record)
        #expect(crlf == lf)
        #expect(crlf.count == 2)
    }

    @Test func caretContinuesALine() throws {
        let text = "*000\(Self.leader)\r\n*24510$aEn mycket lång ti^\r\ntel$bfort^\r\nsättning\r\n*001x\r\n"
        let record = try #require(try read(text)[0].record)
        #expect(record.first("245")?.subfields == [Subfield("a", "En mycket lång titel"), Subfield("b", "fortsättning")])
        #expect(record.controlValue("001") == "x")
    }

    @Test func caretBeforeLeaderEndsTheRecord() throws {
        let text = "*000\(Self.leader)\r\n*001a\r\n*500  $aNot^\r\n*000\(Self.leader)\r\n*001b\r\n*500  $aSista^\r\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 2)
        #expect(outcomes[0].record?.firstValue("500", "a") == "Not")
        #expect(outcomes[1].record?.firstValue("500", "a") == "Sista")
        #expect(outcomes[1].record?.controlValue("001") == "b")
        #expect(outcomes.allSatisfy { $0.findings.isEmpty })
    }

    @Test func junkLinesAreSkipped() throws {
        let text = "**********\r\n*000\(Self.leader)\r\n**********\r\n*001a\r\n**kommentar\r\n*24500$aX\r\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 1)
        let record = try #require(outcomes[0].record)
        #expect(record.fields.map(\.tag) == ["001", "245"])
        #expect(outcomes[0].rules == ["line.junk"], "only the comment with text is worth a finding")
        #expect(outcomes[0].findings[0].location?.line == 5)
    }

    @Test func blanksAroundIndicatorsAreAcceptedAndReported() throws {
        let text = "*000\(Self.leader)\n*245 10$aA\n*24610 $aB\n*740 02 $aC\n*100 1 $aD\n*500$aE\n*5101$aF\n*650 0$aG\n"
        let outcome = try read(text)[0]
        let record = try #require(outcome.record)
        #expect(record.fields.map(\.indicatorText) == ["10", "10", "02", "1 ", "  ", "1 ", " 0"])
        #expect(record.fields.map { $0.first("a") } == ["A", "B", "C", "D", "E", "F", "G"])
        #expect(outcome.rules == ["line.space-after-tag", "line.space-before-subfield", "line.space-after-tag",
                                  "line.space-after-tag", "line.assumed-indicators", "line.assumed-indicators"])
        #expect(outcome.findings[4].tag == "500")
        #expect(outcome.findings[4].location?.line == 6)
    }

    @Test func dollarBeforeANonCodeStaysLiteral() throws {
        let text = "*000\(Self.leader)\n*24500$aPris 20 $ USA$$bUS$A slut$\n"
        let record = try #require(try read(text)[0].record)
        #expect(record.first("245")?.subfields == [Subfield("a", "Pris 20 $ USA$"), Subfield("b", "US$A slut$")])
    }

    @Test func latin1SwedishIsDecoded() throws {
        var bytes = Array("*000\(Self.leader)\r\n*1001 $aSj".utf8) + [0xF6] + Array("berg, ".utf8) + [0xC5]
            + Array("sa\r\n*260  $aV".utf8) + [0xE4] + Array("ster".utf8) + [0xE5, 0x73] + Array("\r\n".utf8)
        bytes += Array("*24510$aTr".utf8) + [0xE4, 0x64, 0x67, 0xE5, 0x72, 0x64, 0x65, 0x6E] + Array("\r\n".utf8)
        let outcome = try read(bytes)[0]
        let record = try #require(outcome.record)
        #expect(record.firstValue("100", "a") == "Sjöberg, Åsa")
        #expect(record.firstValue("260", "a") == "Västerås")
        #expect(record.firstValue("245", "a") == "Trädgården")
        if case .record(_, _, let encoding, _) = outcome { #expect(encoding == .latin1) }
    }

    @Test func garbageIsAFailureAndReadingGoesOn() throws {
        let text = "hello world\r\nnot marc\r\n*000\(Self.leader)\r\n*001a\r\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 2)
        guard case .failure(let location, _, let raw) = outcomes[0] else { Issue.record("expected a failure"); return }
        #expect(location.line == 1 && location.byteOffset == 0 && location.recordNumber == 1)
        #expect(raw == Array("hello world\r\nnot marc\r\n".utf8))
        #expect(outcomes[1].record?.controlValue("001") == "a")
        #expect(outcomes[1].location.recordNumber == 2)
        #expect(outcomes[1].location.line == 3)
    }

    @Test func missingLeaderAndBadLeaderAreRepaired() throws {
        let outcomes = try read("*001a\n*24500$aX\n*000short\n*001b\n")
        #expect(outcomes.count == 2)
        #expect(outcomes[0].rules == ["line.missing-leader"])
        #expect(outcomes[1].rules == ["line.leader-length"])
        #expect(outcomes[1].record?.leader.text == "short                   ")
    }

    // MARK: Human format and the writer

    static let sample = Record(leader: Leader(leader)!, fields: [
        Field(tag: "001", value: "12 34"),
        Field(tag: "008", value: "880719s1839    mau\\x"),
        Field(tag: "020", subfields: [Subfield("a", "91-7"), Subfield("c", "US$ 5 {dollar}")]),
        Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Sjöberg"), Subfield("b", "Åsa \\ Västerås")]),
    ])

    static let sampleText = """
        =LDR  00000nam\\a2200000\\i\\4500
        =001  12\\34
        =008  880719s1839\\\\\\\\mau{bsol}x
        =020  \\\\$a91-7$cUS{dollar} 5 {lcub}dollar}
        =245  10$aSjöberg$bÅsa \\ Västerås

        """

    func written(_ records: [Record]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("linemarc-\(UUID().uuidString).txt").path
        let output = try ByteOutput(path: path)
        var writer = LineMARCWriter(output: output)
        for record in records { try writer.write(record) }
        try writer.finish()
        try output.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try ByteInput(path: path).readAll()
    }

    @Test func writerFormatIsExact() throws {
        #expect(String(decoding: try written([Self.sample]), as: UTF8.self) == Self.sampleText)
        let two = String(decoding: try written([Self.sample, Self.sample]), as: UTF8.self)
        #expect(two == Self.sampleText + "\n" + Self.sampleText)
    }

    @Test func oneFieldOrLeaderIsTheLineTheWriterWrites() throws {
        let lines = String(decoding: try written([Self.sample]), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == [LineMARCWriter.line(Self.sample.leader)] + Self.sample.fields.map(LineMARCWriter.line))
        #expect(LineMARCWriter.line(Field(tag: "020", subfields: [Subfield("a", "91-7 $25")])) == "=020  \\\\$a91-7 {dollar}25")
    }

    @Test func writerOutputReadsBack() throws {
        var other = Self.sample
        other.setControlValue("001", "x")
        other.append(Field(tag: "500", subfields: [Subfield("a", "rad ett\nrad två\r"), Subfield("9", "{lcub}{rcub}")]))
        let records = [Self.sample, other, Record(leader: Leader(Self.leader)!, fields: [Field(tag: "FMT", value: "BK")])]
        let outcomes = try read(try written(records))
        #expect(outcomes.map(\.record) == records)
        #expect(outcomes.allSatisfy { $0.findings.isEmpty })
        #expect(outcomes[1].location.line == 7)
    }

    @Test func humanFormatGarbageParagraphFailsAlone() throws {
        let text = "=LDR  \(Self.leader)\n=001  a\n\nsome stray text\nmore\n\n=LDR  \(Self.leader)\n=245 10$aX\n"
        let outcomes = try read(text)
        #expect(outcomes.count == 3)
        #expect(outcomes[1].isFailure)
        #expect(outcomes[1].location.line == 4)
        #expect(outcomes[2].record?.first("245")?.indicatorText == "10")
        #expect(outcomes[2].rules == ["line.tag-spacing"])
    }
}
