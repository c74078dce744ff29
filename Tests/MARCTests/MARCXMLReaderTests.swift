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
