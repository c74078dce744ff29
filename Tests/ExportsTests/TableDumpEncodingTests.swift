import Foundation
import MARC
import Testing
@testable import Exports

@Suite struct TableDumpEncodingTests {
    let spec = makeSpec("StatusCodes", "Id:int", "Name:nvarchar:50", "Place:nvarchar:50")
    let text = "1\tGallrat\tVästerås\r\n2\tSaknat – efterforskas\tÅsa\r\n3\tHos bokbindning\t😀 Skövde\r\n"

    private func expectThreeRows(_ results: [TableDumpResult], emoji: Bool = true,
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = results.compactMap(\.row)
        #expect(rows.count == 3, sourceLocation: sourceLocation)
        guard rows.count == 3 else { return }
        #expect(rows.map { $0.string("Name") } == ["Gallrat", "Saknat – efterforskas", "Hos bokbindning"],
                sourceLocation: sourceLocation)
        #expect(rows[0].string("Place") == "Västerås", sourceLocation: sourceLocation)
        #expect(rows[1].string("Place") == "Åsa", sourceLocation: sourceLocation)
        if emoji { #expect(rows[2].string("Place") == "😀 Skövde", sourceLocation: sourceLocation) }
        #expect(rows.map(\.line) == [1, 2, 3], sourceLocation: sourceLocation)
        #expect(results.allSatisfy { $0.findings.isEmpty }, sourceLocation: sourceLocation)
    }

    @Test(arguments: [(TextEncoding.utf16le, true), (.utf16le, false), (.utf16be, true), (.utf16be, false),
                      (.utf8, true), (.utf8, false)])
    func autoDetectsUnicode(_ encoding: TextEncoding, _ bom: Bool) throws {
        let (results, summary) = try readDump(encoded(text, encoding, bom: bom), spec, DumpFormat(encoding: .auto))
        expectThreeRows(results)
        #expect(summary.encoding == encoding)
        #expect(results[0].row?.byteOffset == (bom ? (encoding == .utf8 ? 3 : 2) : 0))
    }

    @Test func explicitEncodingsReadTheirBytes() throws {
        for (choice, encoding) in [(DumpFormat.Encoding.utf16le, TextEncoding.utf16le), (.utf16be, .utf16be), (.utf8, .utf8)] {
            for bom in [false, true] {
                let (results, _) = try readDump(encoded(text, encoding, bom: bom), spec, DumpFormat(encoding: choice))
                expectThreeRows(results)
            }
        }
    }

    @Test func latin1WithWindowsDashAutoAndExplicit() throws {
        let latin = text.replacingOccurrences(of: "😀 ", with: "")
        let bytes = encoded(latin, .latin1)
        #expect(bytes.contains(0x96))  // the en dash in Windows-1252
        for format in [DumpFormat(encoding: .auto), DumpFormat(encoding: .latin1)] {
            let (results, summary) = try readDump(bytes, spec, format)
            expectThreeRows(results, emoji: false)
            #expect(summary.encoding == .latin1)
        }
    }

    @Test func aLongASCIIStartDoesNotDecideTooEarly() throws {
        let padding = (1...200).map { "\($0)\tGallrat\tHjo\r\n" }.joined()
        let tail = "201\tSaknat – efterforskas\tVästerås\r\n"
        for encoding in [TextEncoding.latin1, .utf8] {
            let (results, summary) = try readDump(encoded(padding + tail, encoding), spec, DumpFormat(encoding: .auto))
            #expect(results.count == 201)
            #expect(results.last?.row?.string("Place") == "Västerås")
            #expect(results.last?.row?.line == 201)
            #expect(results.allSatisfy { $0.findings.isEmpty })
            #expect(summary.encoding == encoding)
        }
    }

    @Test func undecodableBytesAreReportedAndReadAsReplacement() throws {
        // 0x81 is undefined in Windows-1252.
        let bytes = encoded("1\tGallrat\tHjo\r\n2\tKass", .latin1) + [0x81] + encoded("rat\tHjo\r\n", .latin1)
        let (results, summary) = try readDump(bytes, spec, .init(encoding: .latin1, headerRows: 0))
        let row = try #require(results.last?.row)
        #expect(row.string("Name") == "Kass\u{FFFD}rat")
        let finding = try #require(row.findings.first)
        #expect(finding.rule == "table.undecodable")
        #expect(finding.location == RecordLocation(file: "T.txt", recordNumber: 2, byteOffset: 21, line: 2))
        #expect(finding.message.contains("column Name") && finding.message.contains("0x81"))
        #expect(summary.rowsStored == 2 && summary.rowsWithFindings == 1)

        let utf8 = Array("1\tA\tB\n2\tX".utf8) + [0xC3, 0x28] + Array("\tY\n".utf8)
        let (utf8Results, _) = try readDump(utf8, spec, .init(encoding: .utf8))
        #expect(utf8Results.last?.row?.string("Name") == "X\u{FFFD}(")
        #expect(utf8Results.last?.findings.map(\.rule) == ["table.undecodable"])

        // A lone UTF-16 surrogate, and an odd byte at the end.
        let utf16 = encoded("1\tA", .utf16le, bom: true) + [0x00, 0xD8] + encoded("\tB\r\n2\tC\tD", .utf16le) + [0x41]
        let (utf16Results, _) = try readDump(utf16, spec, .init(encoding: .auto))
        #expect(utf16Results.first?.row?.string("Name") == "A\u{FFFD}")
        #expect(utf16Results.last?.row?.string("Place") == "D\u{FFFD}")
        #expect(utf16Results.flatMap(\.findings).map(\.location?.line) == [1, 2])
    }
}
