/// UTF-8 validation and decoding that says where the bad bytes are, instead of replacing them silently.
enum UTF8Text {
    /// Counts of well-formed multi-byte sequences and of malformed ones.
    struct Census {
        var multiByte = 0
        var malformed = 0
    }

    /// What one pass over a record's text learns: whether it is well-formed UTF-8 and whether any lead byte
    /// is at or above 0xCC (U+0300), below which text is already NFC (see `NFC.isTriviallyNormalized`).
    struct Shape {
        var wellFormed = true
        var triviallyNormalized = true
    }

    /// Checks well-formedness as `String(validating:)` does (no overlongs, surrogates or values past
    /// U+10FFFF), skipping ASCII eight bytes at a time.
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        var shape = Shape()
        guard let base = bytes.baseAddress else { return shape }
        let count = bytes.count
        var index = 0
        while index < count {
            if index &+ 8 <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index &+= 8
                continue
            }
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            if lead >= 0xCC { shape.triviallyNormalized = false }
            let length = sequenceLength(base, at: index, count: count)
            if length == 0 {
                shape.wellFormed = false
                return shape
            }
            index &+= length
        }
        return shape
    }

    /// The length of the well-formed sequence whose lead byte (0x80 or above) is at `index`, or 0.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> Int {
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && base[index + offset] >= low && base[index + offset] <= high
        }
        switch base[index] {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> Census {
        var census = Census()
        forEachSequence(in: bytes) { _, sequence in
            switch sequence {
            case .valid(let encoded): if encoded.count > 1 { census.multiByte += 1 }
            case .malformed: census.malformed += 1
            }
        }
        return census
    }

    /// A well-formed UTF-8 sequence, or a run of bytes that is not one.
    enum Sequence {
        case valid(Unicode.UTF8.EncodedScalar)
        case malformed(length: Int)
    }

    /// Walks `bytes` as UTF-8 in order: each well-formed sequence and each malformed run, with its offset.
    @inline(__always)
    static func forEachSequence(in bytes: some Swift.Sequence<UInt8>, _ body: (_ offset: Int, Sequence) -> Void) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                body(offset, .valid(encoded))
                offset += encoded.count
            case .error(let length):
                body(offset, .malformed(length: length))
                offset += length
            case .emptyInput:
                return
            }
        }
    }

    /// Decodes UTF-8; each malformed sequence becomes U+FFFD and its offset is appended to `undecodable`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, undecodable: inout [Int]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        forEachSequence(in: bytes) { offset, sequence in
            switch sequence {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .malformed:
                undecodable.append(offset)
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }
}
