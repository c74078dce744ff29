import MARC

/// Decodes one character at a time from a byte buffer that may end in the middle of one, so a streaming
/// reader can stop, pull the next chunk and carry on: an incomplete sequence is left in the buffer.
struct ScalarDecoder {
    enum Step: Equatable {
        case scalar(Unicode.Scalar, length: Int)
        /// Bytes that do not decode; the reader reads them as U+FFFD.
        case undecodable(length: Int)
        /// The buffer ends inside a character: pull more bytes (or pass `atEnd`).
        case needMore
    }

    private(set) var encoding: TextEncoding

    init(_ encoding: TextEncoding) { self.encoding = encoding }

    /// The character at `index`. With `atEnd`, the bytes up to `end` are all there is.
    mutating func next(_ buffer: [UInt8], at index: Int, end: Int, atEnd: Bool) -> Step {
        guard index < end else { return .needMore }
        switch encoding {
        case .latin1:
            guard let scalar = Latin1Text.scalar(buffer[index]) else { return .undecodable(length: 1) }
            return .scalar(scalar, length: 1)
        case .utf8:
            return Self.utf8(buffer, at: index, end: end, atEnd: atEnd)
        case .utf16le, .utf16be:
            return utf16(buffer, at: index, end: end, atEnd: atEnd)
        case .asciiSoFar:
            let byte = buffer[index]
            if byte < 0x80 { return .scalar(Unicode.Scalar(byte), length: 1) }
            // The first non-ASCII byte decides: UTF-8 if it starts a well-formed sequence, else Latin-1.
            let step = Self.utf8(buffer, at: index, end: end, atEnd: atEnd)
            switch step {
            case .needMore: return step
            case .scalar: encoding = .utf8
            case .undecodable: encoding = .latin1
            }
            return next(buffer, at: index, end: end, atEnd: atEnd)
        }
    }

    private func utf16(_ buffer: [UInt8], at index: Int, end: Int, atEnd: Bool) -> Step {
        func unit(_ at: Int) -> UInt16 {
            encoding == .utf16le ? UInt16(buffer[at]) | UInt16(buffer[at + 1]) << 8
                : UInt16(buffer[at]) << 8 | UInt16(buffer[at + 1])
        }
        guard end - index >= 2 else { return atEnd ? .undecodable(length: end - index) : .needMore }
        let first = unit(index)
        switch first {
        case 0xD800...0xDBFF:
            guard end - index >= 4 else { return atEnd ? .undecodable(length: 2) : .needMore }
            let second = unit(index + 2)
            guard (0xDC00...0xDFFF).contains(second) else { return .undecodable(length: 2) }
            let value = 0x10000 + (UInt32(first - 0xD800) << 10) + UInt32(second - 0xDC00)
            return .scalar(Unicode.Scalar(value)!, length: 4)
        case 0xDC00...0xDFFF:
            return .undecodable(length: 2)
        default:
            return .scalar(Unicode.Scalar(first)!, length: 2)
        }
    }

    /// A bad sequence costs one byte: each byte that is not part of a well-formed character is one U+FFFD.
    private static func utf8(_ buffer: [UInt8], at index: Int, end: Int, atEnd: Bool) -> Step {
        let lead = buffer[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0x00...0x7F: return .scalar(Unicode.Scalar(lead), length: 1)
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return .undecodable(length: 1)
        }
        for offset in 1..<length {
            guard index + offset < end else { return atEnd ? .undecodable(length: 1) : .needMore }
            let byte = buffer[index + offset]
            guard byte & 0xC0 == 0x80 else { return .undecodable(length: 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return .undecodable(length: 1) }
        return .scalar(scalar, length: length)
    }
}
