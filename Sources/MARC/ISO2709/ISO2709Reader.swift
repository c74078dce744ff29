/// Streams ISO 2709 records from a file or standard input, one result per record.
public struct ISO2709Reader: RecordReader {
    private var framer: ISO2709Framer
    private var decoder: ISO2709Decoder
    private var recordNumber = 0

    public init(source: any ByteSource, encoding: EncodingChoice = .auto) {
        framer = ISO2709Framer(source: source)
        decoder = ISO2709Decoder(encoding: encoding)
    }

    public mutating func next() throws -> RecordResult? {
        recordNumber += 1
        let number = recordNumber
        let name = framer.source.name
        return try framer.withNextRecord { raw, frame in
            let location = RecordLocation(file: name, recordNumber: number, byteOffset: frame.offset)
            return decoder.decode(raw, location: location, repairs: frame.repairs)
        }
    }
}
