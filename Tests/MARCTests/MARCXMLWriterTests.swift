import Foundation
import Testing
@testable import MARC

/// Writes `records` to a temporary file and returns the bytes and the writer.
func writeMARCXML(_ records: [Record], collection: Bool = true) throws -> (bytes: [UInt8], writer: MARCXMLWriter) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-\(UUID().uuidString).xml").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let writer = MARCXMLWriter(output: try ByteOutput(path: path), collection: collection)
    for record in records { try writer.write(record) }
    try writer.finish()
    return (try ByteInput(path: path).readAll(), writer)
}

@Suite struct MARCXMLWriterTests {
    @Test func layoutLikeYaz() throws {
        let record = Record(leader: Leader("00000cam a2200000 a 4500")!, fields: [
            Field(tag: "001", value: "1"),
            Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Titel")]),
        ])
        let (bytes, writer) = try writeMARCXML([record])
        #expect(String(decoding: bytes, as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <collection xmlns="http://www.loc.gov/MARC21/slim">
            <record>
              <leader>00000cam a2200000 a 4500</leader>
              <controlfield tag="001">1</controlfield>
              <datafield tag="245" ind1="1" ind2="0">
                <subfield code="a">Titel</subfield>
              </datafield>
            </record>
            </collection>

            """)
        #expect(writer.findings.isEmpty)
    }

    @Test func bareRecordAndEmptyCollection() throws {
        let (bare, _) = try writeMARCXML([Record()], collection: false)
        #expect(String(decoding: bare, as: UTF8.self).contains("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"))
        #expect(!String(decoding: bare, as: UTF8.self).contains("collection"))
        let (empty, _) = try writeMARCXML([])
        #expect(try records(String(decoding: empty, as: UTF8.self)).isEmpty)
    }

    @Test func escaping() throws {
        let record = Record(fields: [
            Field(tag: "245", indicators: "\"&", subfields: [Subfield("<", "a & b < c > d \"e\" 'f'\ttab\nline\rcr")]),
        ])
        let (bytes, writer) = try writeMARCXML([record])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<datafield tag=\"245\" ind1=\"&quot;\" ind2=\"&amp;\">"))
        #expect(text.contains("<subfield code=\"&lt;\">a &amp; b &lt; c &gt; d &quot;e&quot; 'f'\ttab\nline&#13;cr</subfield>"))
        #expect(writer.findings.isEmpty)
        #expect(try records(text).map(\.record) == [record])
    }

    @Test func forbiddenCharactersBecomeFindings() throws {
        let record = Record(fields: [
            Field(tag: "001", value: "a\u{1}b"),
            Field(tag: "245", indicators: "00", subfields: [Subfield("a", "x\u{1F}y\u{FFFE}z\u{FFFF}"), Subfield("b", "ok \u{FFFD} \u{EFFF}")]),
        ])
        let (bytes, writer) = try writeMARCXML([record, record])
        let read = try records(String(decoding: bytes, as: UTF8.self))
        #expect(read[0].record.controlValue("001") == "a\u{FFFD}b")
        #expect(read[0].record.values("245", "ab") == ["x\u{FFFD}y\u{FFFD}z\u{FFFD}", "ok \u{FFFD} \u{EFFF}"])
        #expect(writer.findings.count == 8)
        #expect(writer.findings.allSatisfy { $0.rule == "marcxml.forbidden-character" })
        #expect(writer.findings.map(\.tag) == ["001", "245", "245", "245", "001", "245", "245", "245"])
        #expect(writer.findings.map { $0.location?.recordNumber } == [1, 1, 1, 1, 2, 2, 2, 2])
        #expect(writer.findings[1].message.contains("$a"))
        #expect(writer.findings[1].message.contains("U+001F"))
    }

    @Test func roundTrip() throws {
        let record = Record(leader: Leader("00000cam a2200000 a 4500")!, fields: [
            Field(tag: "001", value: "LIBRIS-123"),
            Field(tag: "100", indicators: "1 ", subfields: [Subfield("a", "Lagerlöf, Selma,"), Subfield("d", "1858-1940")]),
            Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Nils Holgerssons underbara resa genom Sverige")]),
            Field(tag: "500", indicators: "  ", subfields: [Subfield("a", "  leading and trailing spaces  "), Subfield("b", "")]),
            Field(tag: "880", indicators: "00", subfields: [Subfield("a", "日本語 😀 ÅÄÖ")]),
        ])
        let (bytes, writer) = try writeMARCXML([record, sampleExpected])
        #expect(writer.findings.isEmpty)
        for size in [1, 7, 4096] {
            let read = try records(String(decoding: bytes, as: UTF8.self), chunkSize: size)
            #expect(read.map(\.record) == [record, sampleExpected])
            #expect(read.allSatisfy { $0.findings.isEmpty })
        }
    }
}
