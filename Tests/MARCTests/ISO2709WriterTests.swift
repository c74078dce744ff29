import Foundation
import Testing
@testable import MARC

@Suite struct ISO2709WriterTests {
    func written(_ records: [Record]) throws -> [UInt8] {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("out.mrc").path
            var writer = ISO2709Writer(output: try ByteOutput(path: path))
            for record in records { try writer.write(record) }
            try writer.finish()
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }

    let record = Record(fields: [
        Field(tag: "001", value: "42"),
        Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Sjöberg"), Subfield("b", "på ön")]),
    ])

    @Test func lengthsAreCountedInBytes() throws {
        let bytes = try written([record])
        #expect(Int(String(decoding: bytes[0..<5], as: UTF8.self)) == bytes.count)
        #expect(bytes[9] == UInt8(ascii: "a"))
        #expect(bytes.last == 0x1D)
        let base = Int(String(decoding: bytes[12..<17], as: UTF8.self))!
        #expect(bytes[base - 1] == 0x1E)
    }

    @Test func writeThenReadGivesTheSameRecord() throws {
        let bytes = try written([record, record])
        let results = try readISO2709(bytes)
        #expect(results.count == 2)
        let read = try #require(results[0].read)
        #expect(read.findings.isEmpty)
        #expect(read.record.fields == record.fields)
    }

    @Test func aFieldOver9999BytesIsAnErrorNamingTheRecord() throws {
        var big = record
        big.append(Field(tag: "500", subfields: [Subfield("a", String(repeating: "x", count: 10_000))]))
        #expect {
            _ = try written([big])
        } throws: { error in
            (error as? MARCError)?.description.contains("001 42") == true && "\(error)".contains("field 500")
        }
    }

    @Test func aRecordOver99999BytesIsAnErrorNotATruncation() throws {
        var big = record
        for _ in 0..<12 { big.append(Field(tag: "500", subfields: [Subfield("a", String(repeating: "x", count: 9_000))])) }
        #expect(throws: MARCError.self) { _ = try written([big]) }
        #expect(ISO2709Writer.sizeProblem(big)?.contains("99999") == true)
    }

    /// `sizeProblem` agrees with the writer, byte for byte, at the limit.
    @Test func theSizeCheckMatchesTheWriter() throws {
        var fits = record
        let used = try written([record]).count
        for _ in 0..<10 { fits.append(Field(tag: "500", subfields: [Subfield("a", String(repeating: "x", count: 9_000))])) }
        let filler = 99_999 - used - 10 * (12 + 9_000 + 5) - 12 - 5
        fits.append(Field(tag: "500", subfields: [Subfield("a", String(repeating: "y", count: filler))]))
        #expect(try written([fits]).count == 99_999)
        #expect(ISO2709Writer.sizeProblem(fits) == nil)
        fits.fields[fits.fields.count - 1].subfields[0].value += "y"
        #expect(ISO2709Writer.sizeProblem(fits) != nil)
        #expect(throws: MARCError.self) { _ = try written([fits]) }
    }

    @Test func separatorsInsideDataAreReplacedAndReported() throws {
        var odd = record
        odd.append(Field(tag: "500", subfields: [Subfield("a", "a\u{1E}b")]))
        try withTemporaryDirectory { dir in
            var writer = ISO2709Writer(output: try ByteOutput(path: dir.appendingPathComponent("x.mrc").path))
            try writer.write(odd)
            try writer.finish()
            #expect(writer.findings.count == 1)
            #expect(writer.findings[0].rule == "iso2709.separator-in-data")
        }
    }

    @Test func noPartialFileIsLeftWhenWritingFails() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("out.mrc").path
            do {
                var writer = ISO2709Writer(output: try ByteOutput(path: path))
                try writer.write(record)
                // Dropped without finish(): as when an error stops the run.
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }
}
