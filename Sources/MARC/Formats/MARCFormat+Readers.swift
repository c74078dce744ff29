extension MARCFormat {
    /// A reader of this format over `source`.
    public func reader(for source: any ByteSource, encoding: EncodingChoice = .auto) -> any RecordReader {
        switch self {
        case .iso2709: ISO2709Reader(source: source, encoding: encoding)
        case .marcxml, .line, .json: fatalError("not yet")
        }
    }

    /// A writer of this format to `output`.
    public func writer(to output: ByteOutput) -> any RecordWriter {
        switch self {
        case .iso2709: ISO2709Writer(output: output)
        case .marcxml, .line, .json: fatalError("not yet")
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
