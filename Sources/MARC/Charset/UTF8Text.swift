/// UTF-8 validation and decoding that says where the bad bytes are, instead of replacing them silently.
enum UTF8Text {
    /// Counts of well-formed multi-byte sequences and of malformed ones.
    struct Census {
        var multiByte = 0
        var malformed = 0
    }

    static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> Census {
        var census = Census()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { census.multiByte += 1 }
            case .error: census.malformed += 1
            case .emptyInput: return census
            }
        }
    }

    /// Decodes UTF-8; each malformed sequence becomes U+FFFD and its offset is appended to `undecodable`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                undecodable.append(offset)
                scalars.append("\u{FFFD}")
                offset += length
            case .emptyInput:
                return String(scalars)
            }
        }
    }
}
