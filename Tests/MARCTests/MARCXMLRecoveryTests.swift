import Foundation
import Testing
@testable import MARC

/// Recovery after fatal XML errors: a broken record costs only itself.
@Suite struct MARCXMLRecoveryTests {
    static let bad = "@BAD@"

    /// Record `number`'s content; `broken` replaces its 245 field.
    static func body(_ number: Int, broken: String? = nil, prefix: String = "") -> String {
        let p = prefix.isEmpty ? "" : prefix + ":"
        return """
            <\(p)leader>00000cam a2200000 a 4500</\(p)leader>
              <\(p)controlfield tag="001">\(number)</\(p)controlfield>
              \(broken ?? "<\(p)datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><\(p)subfield code=\"a\">Title \(number) &amp; more</\(p)subfield></\(p)datafield>")
            """
    }

    /// A document of five records (`broken` maps record numbers to their broken 245), as bytes; `@BAD@`
    /// becomes the byte 0xFF.
    static func document(broken: [Int: String], style: Style = .plain, leader: [Int: String] = [:]) -> [UInt8] {
        let p = style == .prefixed ? "marc" : ""
        func record(_ number: Int) -> String {
            var content = body(number, broken: broken[number], prefix: p)
            if let leader = leader[number] { content = content.replacingOccurrences(of: "00000cam a2200000 a 4500", with: leader) }
            switch style {
            case .plain: return "<record>\n  \(content)\n</record>\n"
            case .prefixed: return "<marc:record>\n  \(content)\n</marc:record>\n"
            case .oai:
                return """
                    <record><header><identifier>oai:x:\(number)</identifier></header>
                    <metadata><record xmlns="http://www.loc.gov/MARC21/slim">
                      \(content)
                    </record></metadata></record>

                    """
            }
        }
        let records = (1...5).map(record).joined()
        let text: String
        switch style {
        case .plain:
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"\(slim)\">\n\(records)</collection>\n"
        case .prefixed:
            text = "<?xml version=\"1.0\"?>\n<marc:collection xmlns:marc=\"\(slim)\">\n\(records)</marc:collection>\n"
        case .oai:
            text = "<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<ListRecords>\n\(records)</ListRecords>\n</OAI-PMH>\n"
        }
        var bytes: [UInt8] = []
        var rest = Substring(text)
        while let range = rest.range(of: bad) {
            bytes += Array(rest[..<range.lowerBound].utf8) + [0xFF]
            rest = rest[range.upperBound...]
        }
        return bytes + Array(rest.utf8)
    }

    enum Style { case plain, prefixed, oai }

    /// Offsets of the MARC record start tags (`<record` / `<marc:record`; in OAI the slim ones).
    static func starts(_ bytes: [UInt8], style: Style) -> [Int] {
        let tag = Array((style == .prefixed ? "<marc:record>" : style == .oai ? "<record xmlns=" : "<record>").utf8)
        return bytes.indices.filter { bytes[$0...].starts(with: tag) }
    }

    static func line(_ bytes: [UInt8], _ offset: Int) -> Int { 1 + bytes[..<offset].count(where: { $0 == 0x0A }) }

    /// Reads `bytes` in every chunking and checks: the records not in `broken` read, each broken one a failure
    /// at its own location whose bytes run to the next record start (or the end).
    func check(_ bytes: [UInt8], style: Style, broken: Set<Int>, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcomes = try readInEveryChunking(bytes, sourceLocation: sourceLocation) { MARCXMLReader(source: $0) }
        let starts = Self.starts(bytes, style: style)
        #expect(starts.count == 5, sourceLocation: sourceLocation)
        #expect(outcomes.count == 5, "\(outcomes)", sourceLocation: sourceLocation)
        for (index, outcome) in outcomes.enumerated() where index < starts.count {
            let number = index + 1
            let expected = RecordLocation(file: "test", recordNumber: number, byteOffset: starts[index], line: Self.line(bytes, starts[index]))
            #expect(outcome.location == expected, "record \(number)", sourceLocation: sourceLocation)
            if broken.contains(number) {
                guard case let .failure(_, reason, raw) = outcome else {
                    Issue.record("record \(number) should be unreadable", sourceLocation: sourceLocation)
                    continue
                }
                #expect(reason.hasPrefix("line "), sourceLocation: sourceLocation)
                var end = index + 1 < starts.count ? starts[index + 1] : bytes.count
                if style == .oai, index + 1 < starts.count {
                    // The restart is at the next OAI <record>, which comes before the MARC one.
                    end = bytes[starts[index]...].indices.first { bytes[$0...].starts(with: Array("<record><header>".utf8)) } ?? end
                }
                #expect(raw == Array(bytes[starts[index]..<end]), "record \(number)'s bytes", sourceLocation: sourceLocation)
            } else {
                #expect(outcome.record?.firstValue("245", "a") == "Title \(number) & more", "record \(number)", sourceLocation: sourceLocation)
                #expect(outcome.rules.isEmpty, "\(outcome.rules)", sourceLocation: sourceLocation)
            }
        }
    }

    static let breakages = [
        "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">unclosed</datafield>",
        "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">a < b</subfield></datafield>",
        "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">bad \(bad) byte</subfield></datafield>",
    ]

    @Test(arguments: breakages)
    func brokenThirdRecordCostsOnlyItself(breakage: String) throws {
        try check(Self.document(broken: [3: breakage]), style: .plain, broken: [3])
    }

    @Test(arguments: breakages)
    func prefixedCollection(breakage: String) throws {
        try check(Self.document(broken: [3: breakage.replacingOccurrences(of: "<", with: "<marc:").replacingOccurrences(of: "<marc:/", with: "</marc:").replacingOccurrences(of: "<marc: ", with: "< ")], style: .prefixed), style: .prefixed, broken: [3])
    }

    @Test(arguments: breakages)
    func insideOAIPMH(breakage: String) throws {
        try check(Self.document(broken: [3: breakage], style: .oai), style: .oai, broken: [3])
    }

    @Test func twoBrokenRecordsInARow() throws {
        try check(Self.document(broken: [3: Self.breakages[0], 4: Self.breakages[1]]), style: .plain, broken: [3, 4])
    }

    @Test func brokenLastRecord() throws {
        try check(Self.document(broken: [5: Self.breakages[0]]), style: .plain, broken: [5])
        try check(Self.document(broken: [5: Self.breakages[2]], style: .oai), style: .oai, broken: [5])
    }

    @Test func errorInTheFirstRecordsLeader() throws {
        try check(Self.document(broken: [:], leader: [1: "00000<cam a2200000 a 4500"]), style: .plain, broken: [1])
    }

    @Test func brokenRecordStartTagKeepsItsNumber() throws {
        var text = String(decoding: Self.document(broken: [:]), as: UTF8.self)
        let starts = Self.starts(Array(text.utf8), style: .plain)
        let expected = starts.map { $0 > starts[2] ? $0 + 6 : $0 }
        let index = text.utf8.index(text.utf8.startIndex, offsetBy: starts[2] + 7)
        text.insert(contentsOf: " a=\"<\"", at: index)
        let outcomes = try readInEveryChunking(Array(text.utf8)) { MARCXMLReader(source: $0) }
        #expect(outcomes.map(\.location.recordNumber) == [1, 2, 3, 4, 5])
        #expect(outcomes.map(\.isFailure) == [false, false, true, false, false])
        #expect(outcomes.map(\.location.byteOffset) == expected)
    }

    @Test(.timeLimit(.minutes(1))) func garbageAfterTheRootIsOneUnreadableChunk() throws {
        var state: UInt32 = 12345
        var garbage = Array("<collection xmlns=\"\(slim)\">\n".utf8)
        for _ in 0..<200_000 {
            state = state &* 1_103_515_245 &+ 12345
            garbage.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let outcomes = try readInEveryChunking(garbage) { MARCXMLReader(source: $0) }
        #expect(outcomes.count == 1)
        #expect(outcomes.first?.isFailure == true)
        if case let .failure(location, _, raw)? = outcomes.first {
            let header = "<collection xmlns=\"\(slim)\">\n".utf8.count
            // The chunk begins at the end of the root start tag (its `>`, give or take the newline after it).
            #expect((header - 2)...(header + 1) ~= location.byteOffset)
            #expect(raw.count == MARCXMLReader.rawBytesLimit)
        }
    }

    @Test(.timeLimit(.minutes(1))) func garbageFullOfRecordStartsEndsInBoundedTime() throws {
        let text = "<collection>" + String(repeating: "<record <record>x</recor <record/><", count: 2_000)
        let reader = MARCXMLReader(source: MemoryInput(text, chunkSize: 4096))
        var count = 0
        do {
            while try reader.next() != nil { count += 1 }
        } catch {
            #expect(error is MARCError)
        }
        #expect(count > 0)
    }

    @Test func garbageFromTheFirstByteIsStillFatal() {
        for text in ["", "not xml at all", "\u{0}\u{1}\u{2}", "<?xml version=\"1.0\" encoding=\"no-such\"?><record/>"] {
            let (results, error, _) = readMARCXML(text)
            #expect(error is MARCError, "\(text.debugDescription)")
            #expect(results.isEmpty)
        }
    }

    @Test func truncatedOrUnclosedDocumentEndsNormally() {
        let (results, error, reader) = readMARCXML("<collection xmlns=\"\(slim)\"><record>\(sampleRecord)</record>\n")
        #expect(error == nil)
        #expect(results.count == 1)
        #expect(reader.documentFindings.map(\.rule) == ["marcxml.parser-fatal"])
        let (unclosed, error2, _) = readMARCXML("<collection><record>")
        #expect(error2 == nil)
        #expect(unclosed.count == 1 && { if case .failure = unclosed[0] { true } else { false } }())
    }

    @Test func sruWrapperAfterARestart() throws {
        func item(_ n: Int, _ broken: Bool) -> String {
            "<srw:record><srw:recordData><record xmlns=\"\(slim)\">\(Self.body(n, broken: broken ? Self.breakages[0] : nil))</record></srw:recordData><srw:recordPosition>\(n)</srw:recordPosition></srw:record>\n"
        }
        let text = "<srw:searchRetrieveResponse xmlns:srw=\"http://www.loc.gov/zing/srw/\"><srw:records>\n"
            + (1...5).map { item($0, $0 == 2) }.joined() + "</srw:records></srw:searchRetrieveResponse>\n"
        let outcomes = try readInEveryChunking(Array(text.utf8)) { MARCXMLReader(source: $0) }
        #expect(outcomes.map(\.isFailure) == [false, true, false, false, false])
        #expect(outcomes.map(\.location.recordNumber) == [1, 2, 3, 4, 5])
    }

    @Test func latin1AfterARestart() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<collection xmlns=\"\(slim)\">\n"
            + "<record>\(Self.body(1, broken: Self.breakages[0]))</record>\n"
            + "<record><leader>00000cam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Röda rummet</subfield></datafield></record></collection>"
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        let outcomes = try readInEveryChunking(latin1) { MARCXMLReader(source: $0) }
        #expect(outcomes.count == 2)
        #expect(outcomes.last?.record?.firstValue("245", "a") == "Röda rummet")
        #expect(outcomes.last?.location.line == 6)
    }
}
