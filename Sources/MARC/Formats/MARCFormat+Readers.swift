extension MARCFormat {
    /// A reader of this format over `source`.
    public func reader(for source: any ByteSource, encoding: EncodingChoice = .auto) -> any RecordReader {
        switch self {
        case .iso2709: ISO2709Reader(source: source, encoding: encoding)
        case .line: LineMARCReader(source: source, encoding: encoding)
        case .json: MARCJSONReader(source: source)
        case .marcxml: MARCXMLReader(source: source)
        }
    }

    /// A writer of this format to `output`; nil for formats samkat only reads (MARC-in-JSON).
    public func writer(to output: ByteOutput) -> (any RecordWriter)? {
        switch self {
        case .iso2709: ISO2709Writer(output: output)
        case .line: LineMARCWriter(output: output)
        case .marcxml: MARCXMLWriter(output: output)
        case .json: nil
        }
    }

    /// Opens `path` (`-` for standard input) and returns a reader, guessing the format when none is given.
    public static func openReader(path: String, format: MARCFormat?, encoding: EncodingChoice) throws -> any RecordReader {
        let source = PeekableSource(try ByteInput(path: path))
        guard let format = try format ?? guess(from: source.peek(4096)) else {
            throw MARCError.unknownFormat(path: source.name)
        }
        return format.reader(for: source, encoding: encoding)
    }
}
