import Foundation
import Testing
@testable import MARC

/// Reads every result of `xml`; a thrown error ends the list and is returned beside it.
func readMARCXML(_ xml: String, chunkSize: Int = .max, name: String = "test.xml") -> (results: [RecordResult], error: Error?, reader: MARCXMLReader) {
    let reader = MARCXMLReader(source: MemoryInput(xml, name: name, chunkSize: chunkSize))
    var results: [RecordResult] = []
    do {
        while let result = try reader.next() { results.append(result) }
        return (results, nil, reader)
    } catch {
        return (results, error, reader)
    }
}

/// The records of a document that must read cleanly.
func records(_ xml: String, chunkSize: Int = .max) throws -> [ReadRecord] {
    let (results, error, _) = readMARCXML(xml, chunkSize: chunkSize)
    if let error { throw error }
    return try results.map { try $0.get() }
}

let slim = "http://www.loc.gov/MARC21/slim"

let sampleRecord = """
    <leader>00000cam a2200000 a 4500</leader>
    <controlfield tag="001">12345</controlfield>
    <controlfield tag="003">SE-LIBR</controlfield>
    <datafield tag="245" ind1="1" ind2="0">
      <subfield code="a">Röda rummet :</subfield>
      <subfield code="b">skildringar ur artist- och författarlivet &amp; annat</subfield>
    </datafield>
    """

let sampleExpected = Record(leader: Leader("00000cam a2200000 a 4500")!, fields: [
    Field(tag: "001", value: "12345"),
    Field(tag: "003", value: "SE-LIBR"),
    Field(tag: "245", indicators: "10", subfields: [
        Subfield("a", "Röda rummet :"),
        Subfield("b", "skildringar ur artist- och författarlivet & annat"),
    ]),
])

@Suite struct MARCXMLReaderTests {
    @Test func defaultNamespaceCollection() throws {
        let read = try records("""
            <?xml version="1.0" encoding="UTF-8"?>
            <collection xmlns="\(slim)">
            <record>\(sampleRecord)</record>
            <record>\(sampleRecord)</record>
            </collection>
            """)
        #expect(read.count == 2)
        #expect(read[0].record == sampleExpected)
        #expect(read[0].findings.isEmpty)
        #expect(read[0].encoding == .utf8)
        #expect(read[1].location.recordNumber == 2)
        #expect(read[0].location.line == 3)
        #expect(read[1].location.line == 10)
    }

    @Test func prefixedNamespace() throws {
        let prefixed = sampleRecord.replacingOccurrences(of: "<", with: "<marc:").replacingOccurrences(of: "<marc:/", with: "</marc:")
        let read = try records("<marc:collection xmlns:marc=\"\(slim)\"><marc:record>\(prefixed)</marc:record></marc:collection>")
        #expect(read.map(\.record) == [sampleExpected])
    }

    @Test func noNamespaceAndBareRecord() throws {
        #expect(try records("<collection><record>\(sampleRecord)</record></collection>").map(\.record) == [sampleExpected])
        #expect(try records("<record xmlns=\"\(slim)\">\(sampleRecord)</record>").map(\.record) == [sampleExpected])
        #expect(try records("<record>\(sampleRecord)</record>").map(\.record) == [sampleExpected])
    }

    @Test func otherNamespacesAreNotMARC() throws {
        let read = try records("<collection xmlns=\"urn:other\"><record>\(sampleRecord)</record></collection>")
        #expect(read.isEmpty)
    }

    @Test func oaiWrapped() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
              <ListRecords>
                <record><header><identifier>oai:x:1</identifier></header>
                  <metadata><marc:record xmlns:marc="\(slim)">\(sampleRecord.replacingOccurrences(of: "<", with: "<marc:").replacingOccurrences(of: "<marc:/", with: "</marc:"))</marc:record></metadata>
                </record>
                <record><header><identifier>oai:x:2</identifier></header>
                  <metadata><record xmlns="\(slim)">\(sampleRecord)</record></metadata>
                </record>
              </ListRecords>
            </OAI-PMH>
            """
        let read = try records(xml)
        #expect(read.map(\.record) == [sampleExpected, sampleExpected])
        #expect(read.map(\.location.recordNumber) == [1, 2])
    }

    @Test func sruWrappedWithoutNamespace() throws {
        let xml = "<searchRetrieveResponse><records><record><recordData><record>\(sampleRecord)</record></recordData></record></records></searchRetrieveResponse>"
        let read = try records(xml)
        #expect(read.map(\.record) == [sampleExpected])
    }

    @Test func asciiEncoding() throws {
        let read = try records("<record><leader>00000cam a2200000 a 4500</leader><controlfield tag=\"001\">1</controlfield></record>")
        #expect(read[0].encoding == .ascii)
    }

    @Test func cdataAndCharacterReferences() throws {
        let read = try records("<record><leader>00000cam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\"><![CDATA[a < b]]> &#228;&#x1F600;</subfield></datafield></record>")
        #expect(read[0].record.firstValue("245", "a") == "a < b ä😀")
    }

    @Test func nfdComesOutNFC() throws {
        let nfd = "Ro\u{308}da rummet"
        let read = try records("<record><leader>00000cam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">\(nfd)</subfield></datafield></record>")
        let value = try #require(read[0].record.firstValue("245", "a"))
        #expect(Array(value.utf8) == Array("R\u{F6}da rummet".utf8))
    }

    @Test func everyChunkingGivesTheSameResult() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <collection xmlns="\(slim)">
            <record>\(sampleRecord)</record>
            <record><leader>short</leader><datafield tag="24" ind1="10"><subfield>x</subfield><subfield code="ab">Fo\u{308}rfattare</subfield></datafield></record>
            <record>\(sampleRecord)</record>
            </collection>
            """
        let whole = try records(xml)
        #expect(whole.count == 3)
        for size in [1, 2, 3, 5, 7, 13, 64, 100, 4096] {
            let chunked = try records(xml, chunkSize: size)
            #expect(chunked.map(\.record) == whole.map(\.record), "chunk size \(size)")
            #expect(chunked.map(\.findings) == whole.map(\.findings), "chunk size \(size)")
            #expect(chunked.map(\.location) == whole.map(\.location), "chunk size \(size)")
        }
    }

    @Test func latin1DocumentIsDecoded() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<collection xmlns=\"\(slim)\">\n"
            + "<record><leader>00000cam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"0\" ind2=\"0\">"
            + "<subfield code=\"a\">Röda rummet</subfield></datafield></record>\n"
            + "<record><leader>00000cam a2200000 a 4500</leader></record></collection>"
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        for size in [1, 7, 4096] {
            var reader = MARCXMLReader(source: MemoryInput(latin1, chunkSize: size))
            let read = try reader.readAll().map { try $0.get() }
            #expect(read.map { $0.record.firstValue("245", "a") } == ["Röda rummet", nil])
            #expect(read.map(\.location.line) == [3, 4])
            let starts = latin1.indices.filter { latin1[$0...].starts(with: Array("<record>".utf8)) }
            #expect(read.map(\.location.byteOffset) == starts)
        }
    }

    @Test func byteOffsetsPointAtTheRecordTag() throws {
        let head = "<?xml version=\"1.0\"?>\n<collection xmlns=\"\(slim)\">\n"
        let first = "<record>\(sampleRecord)</record>\n"
        let xml = head + first + "<record>\(sampleRecord)</record></collection>"
        for size in [1, 7, 4096] {
            let read = try records(xml, chunkSize: size)
            #expect(read.map(\.location.byteOffset) == [head.utf8.count, head.utf8.count + first.utf8.count], "chunk size \(size)")
        }
    }
}

// MARK: - Repairs

@Suite struct MARCXMLReaderRepairTests {
    func one(_ body: String) throws -> ReadRecord {
        let read = try records("<record xmlns=\"\(slim)\">\(body)</record>")
        return try #require(read.first)
    }

    func rules(_ read: ReadRecord) -> [String] { read.findings.map(\.rule) }

    @Test func missingLeader() throws {
        let read = try one("<controlfield tag=\"001\">1</controlfield>")
        #expect(read.record.leader.text == "00000     2200000   4500")
        #expect(rules(read) == ["marcxml.leader"])
        #expect(read.findings[0].location?.recordNumber == 1)
    }

    @Test func shortAndLongLeader() throws {
        let short = try one("<leader>00000cam</leader>")
        #expect(short.record.leader.text == "00000cam                ")
        #expect(rules(short) == ["marcxml.leader"])
        let long = try one("<leader>00000cam a2200000 a 4500XYZ</leader>")
        #expect(long.record.leader.text == "00000cam a2200000 a 4500")
        #expect(rules(long) == ["marcxml.leader"])
        let twice = try one("<leader>00000cam a2200000 a 4500</leader><leader>11111cam a2200000 a 4500</leader>")
        #expect(twice.record.leader.text == "00000cam a2200000 a 4500")
        #expect(rules(twice) == ["marcxml.leader"])
    }

    @Test func indicators() throws {
        let read = try one("""
            <leader>00000cam a2200000 a 4500</leader>
            <datafield tag="245"><subfield code="a">x</subfield></datafield>
            <datafield tag="246" ind1="" ind2="12"><subfield code="a">y</subfield></datafield>
            <datafield tag="247" ind1="ä" ind2="0"><subfield code="a">z</subfield></datafield>
            """)
        let fields = read.record.fields
        #expect(fields.map(\.indicatorText) == ["  ", " 1", " 0"])
        #expect(rules(read) == Array(repeating: "marcxml.indicator", count: 5))
        #expect(read.findings.map(\.tag) == ["245", "245", "246", "246", "247"])
    }

    @Test func subfieldCodes() throws {
        let read = try one("""
            <leader>00000cam a2200000 a 4500</leader>
            <datafield tag="245" ind1="0" ind2="0"><subfield>x</subfield><subfield code="ab">y</subfield><subfield code="">z</subfield><subfield code="b">ok</subfield></datafield>
            """)
        #expect(read.record.fields[0].subfields == [Subfield(" ", "x"), Subfield("a", "y"), Subfield(" ", "z"), Subfield("b", "ok")])
        #expect(rules(read) == Array(repeating: "marcxml.subfield-code", count: 3))
    }

    @Test func tagsNotThreeCharacters() throws {
        let read = try one("""
            <leader>00000cam a2200000 a 4500</leader>
            <controlfield tag="1">id</controlfield>
            <datafield tag="35" ind1=" " ind2=" "><subfield code="a">a</subfield></datafield>
            <datafield tag="0245" ind1=" " ind2=" "><subfield code="a">b</subfield></datafield>
            <datafield tag="LONG" ind1=" " ind2=" "><subfield code="a">c</subfield></datafield>
            <datafield ind1=" " ind2=" "><subfield code="a">d</subfield></datafield>
            """)
        #expect(read.record.fields.map(\.tag.description) == ["001", "035", "245", "LON", "   "])
        #expect(read.record.fields[0].value == "id")
        #expect(rules(read) == Array(repeating: "marcxml.tag", count: 5))
    }

    @Test func controlTagOnDatafieldAndViceVersa() throws {
        let read = try one("""
            <leader>00000cam a2200000 a 4500</leader>
            <datafield tag="001" ind1=" " ind2=" "><subfield code="a">123</subfield></datafield>
            <controlfield tag="245">A title</controlfield>
            """)
        #expect(read.record.fields == [
            Field(tag: "001", value: "123"),
            Field(tag: "245", subfields: [Subfield("a", "A title")]),
        ])
        #expect(rules(read) == ["marcxml.datafield-tag", "marcxml.controlfield-tag"])
    }

    @Test func unknownAndMisplacedElements() throws {
        let read = try one("""
            <leader>00000cam a2200000 a 4500</leader>
            <note>ignored</note>
            <subfield code="a">stray</subfield>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">A <i>bold</i> title</subfield></datafield>
            """)
        #expect(read.record.fields == [Field(tag: "245", indicators: "00", subfields: [Subfield("a", "A bold title")])])
        #expect(rules(read) == ["marcxml.unknown-element", "marcxml.misplaced-element", "marcxml.misplaced-element"])
    }

    @Test func fieldsOutsideRecordsAreDocumentFindings() throws {
        let (results, error, reader) = readMARCXML("<collection xmlns=\"\(slim)\"><datafield tag=\"952\" ind1=\" \" ind2=\" \"><subfield code=\"a\">x</subfield></datafield></collection>")
        #expect(results.isEmpty)
        #expect(error == nil)
        #expect(reader.documentFindings.map(\.rule) == ["marcxml.outside-record"])
        #expect(reader.documentFindings.first?.location?.byteOffset == 51)
    }

    @Test func undeclaredPrefixIsAFindingNotAFailure() throws {
        let read = try records("<marc:record><marc:leader>00000cam a2200000 a 4500</marc:leader></marc:record>")
        #expect(read.count == 1)
        #expect(read[0].findings.contains { $0.rule == "marcxml.parser-error" })
    }
}

// MARK: - Malformed and hostile input

@Suite struct MARCXMLReaderSafetyTests {
    @Test(arguments: [1, 3, 64, 4096])
    func malformedRecordIsUnreadableWithLocation(chunkSize: Int) throws {
        let xml = """
            <collection xmlns="\(slim)">
            <record>\(sampleRecord)</record>
            <record><leader>00000cam a2200000 a 4500</leader>
            <datafield tag="245" ind1="0" ind2="0"><subfield code="a">broken</datafield>
            </record>
            <record>\(sampleRecord)</record>
            </collection>
            """
        let (results, error, _) = readMARCXML(xml, chunkSize: chunkSize, name: "broken.xml")
        #expect(results.count == 3)
        #expect(error == nil, "recovered at the next <record>")
        #expect(try results[2].get().location.recordNumber == 3)
        #expect(try results[0].get().record == sampleExpected)
        guard case let .failure(unreadable) = results[1] else {
            Issue.record("the second record should be unreadable")
            return
        }
        #expect(unreadable.location.file == "broken.xml")
        #expect(unreadable.location.recordNumber == 2)
        #expect(unreadable.location.line == 9)
        #expect(unreadable.reason.contains("line 10"))
        #expect(String(decoding: unreadable.rawBytes, as: UTF8.self).hasPrefix("<record><leader>"))
        #expect(String(decoding: unreadable.rawBytes, as: UTF8.self).hasSuffix("</record>\n"))
    }

    @Test func garbageAndEmptyInputThrowWithoutCrashing() {
        for text in ["", "not xml at all", "\u{0}\u{1}\u{2}"] {
            let (results, error, _) = readMARCXML(text)
            #expect(error is MARCError, "\(text.debugDescription)")
            #expect(results.allSatisfy { if case .failure = $0 { true } else { false } })
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE collection [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY n SYSTEM "http://127.0.0.1:9/x">]>
            <collection xmlns="\(slim)"><record><leader>00000cam a2200000 a 4500</leader>
            <datafield tag="500" ind1=" " ind2=" "><subfield code="a">[&e;][&e;][&n;]</subfield></datafield></record></collection>
            """
        let (results, _, _) = readMARCXML(xml)
        for result in results {
            if case let .success(read) = result {
                let text = read.record.values("500", "a").joined()
                #expect(!text.contains("root:"))
                #expect(text.hasPrefix("["))
            }
        }
    }

    @Test func internalEntitiesExpand() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE record [<!ENTITY author "Strindberg">]>
            <record><leader>00000cam a2200000 a 4500</leader>
            <datafield tag="100" ind1="1" ind2=" "><subfield code="a">&author;, August</subfield><subfield code="b">&author;</subfield></datafield></record>
            """
        let read = try records(xml)
        #expect(read[0].record.values("100", "ab") == ["Strindberg, August", "Strindberg"])
    }

    @Test(.timeLimit(.minutes(1))) func quadraticBlowupIsRefusedQuickly() {
        // 10 KB entity referenced 20,000 times: 200 MB of text from a 70 KB document.
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE record [<!ENTITY a "\(String(repeating: "x", count: 10_000))">]>
            <record><leader>00000cam a2200000 a 4500</leader><datafield tag="500" ind1=" " ind2=" "><subfield code="a">\(String(repeating: "&a;", count: 20_000))</subfield></datafield></record>
            """
        let clock = ContinuousClock()
        let started = clock.now
        let (results, error, _) = readMARCXML(xml, chunkSize: 4096)
        #expect(clock.now - started < .seconds(10))
        guard case let .failure(unreadable)? = results.first else {
            Issue.record("the blowup should make the record unreadable")
            return
        }
        #expect(unreadable.reason.contains("entity expansion"))
        #expect(error is MARCError)
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsIsRefusedQuickly() {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE record [\(entities)]>
            <record><leader>00000cam a2200000 a 4500</leader><datafield tag="500" ind1=" " ind2=" "><subfield code="a">&lol9;</subfield></datafield></record>
            """
        let clock = ContinuousClock()
        let started = clock.now
        let (results, error, _) = readMARCXML(xml)
        #expect(clock.now - started < .seconds(5))
        #expect(results.count == 1)
        if case let .failure(unreadable) = results.first {
            #expect(unreadable.reason.lowercased().contains("entit"))
        } else {
            Issue.record("the entity bomb should make the record unreadable")
        }
        #expect(error is MARCError)
    }
}
