import Testing
@testable import MARC

@Suite struct RecordCodecTests {
    @Test func encodesAndDecodesLosslessly() throws {
        let long = String(repeating: "lång text ", count: 20_000)  // past every ISO 2709 limit
        let record = Record(fields: [
            Field(tag: "001", value: "LIB0001"),
            Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Häxan från Västerås"), Subfield("b", "")]),
            Field(tag: "500", subfields: [Subfield("a", long)]),
            Field(tag: "FMT", subfields: []),
        ])
        let bytes = RecordCodec.encode(record)
        #expect(try RecordCodec.decode(bytes) == record)
    }

    @Test func oneControlValueIsReadWithoutTheRest() throws {
        let record = Record(fields: [Field(tag: "001", value: "LIB0001"), Field(tag: "003", value: "SE-LIBR"),
                                     Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Häxan")])])
        let bytes = RecordCodec.encode(record)
        #expect(try RecordCodec.controlValue("001", in: bytes) == "LIB0001")
        #expect(try RecordCodec.controlValue("003", in: bytes) == "SE-LIBR")
        #expect(try RecordCodec.controlValue("005", in: bytes) == nil)
        #expect(try RecordCodec.controlValue("245", in: bytes) == nil)
    }

    @Test func truncatedOrForeignBytesAreErrors() {
        let bytes = RecordCodec.encode(Record(fields: [Field(tag: "001", value: "x")]))
        #expect(throws: RecordCodec.DecodingError.truncated) { try RecordCodec.decode(Array(bytes.dropLast())) }
        #expect(throws: RecordCodec.DecodingError.unknownVersion(9)) { try RecordCodec.decode([9] + bytes.dropFirst()) }
    }
}
