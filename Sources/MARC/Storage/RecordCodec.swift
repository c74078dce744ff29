/// A compact, lossless binary form of a `Record` for the workspace: no ISO 2709 length limits, no escaping,
/// fast both ways. Layout (version 1): the version byte, the 24 leader bytes, a varint field count, then per
/// field its 3 tag bytes and either `0` + varint length + UTF-8 value (control field) or `1` + the two
/// indicators + varint subfield count + per subfield its code byte, varint length and UTF-8 value.
public enum RecordCodec {
    static let version: UInt8 = 1

    public static func encode(_ record: Record) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + record.fields.count * 48)
        bytes.append(version)
        bytes.append(contentsOf: record.leader.bytes)
        appendVarint(record.fields.count, to: &bytes)
        for field in record.fields {
            bytes.append(contentsOf: field.tag.bytes)
            if field.isControlField {
                bytes.append(0)
                appendString(field.value, to: &bytes)
            } else {
                bytes.append(1)
                bytes.append(field.indicator1)
                bytes.append(field.indicator2)
                appendVarint(field.subfields.count, to: &bytes)
                for subfield in field.subfields {
                    bytes.append(subfield.code)
                    appendString(subfield.value, to: &bytes)
                }
            }
        }
        return bytes
    }

    public enum DecodingError: Error, Equatable {
        case truncated
        case unknownVersion(UInt8)
        case unknownFieldKind(UInt8)
    }

    public static func decode(_ bytes: [UInt8]) throws -> Record {
        try bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer)
            let version = try cursor.byte()
            guard version == RecordCodec.version else { throw DecodingError.unknownVersion(version) }
            let leader = Leader(repairing: try cursor.take(Leader.length))
            let count = try cursor.varint()
            var fields: [Field] = []
            fields.reserveCapacity(count)
            for _ in 0..<count {
                let tagBytes = try cursor.take(3)
                let tag = Tag(tagBytes[0], tagBytes[1], tagBytes[2])
                switch try cursor.byte() {
                case 0:
                    fields.append(Field(tag: tag, value: try cursor.string()))
                case 1:
                    let indicator1 = try cursor.byte(), indicator2 = try cursor.byte()
                    let subfieldCount = try cursor.varint()
                    var subfields: [Subfield] = []
                    subfields.reserveCapacity(subfieldCount)
                    for _ in 0..<subfieldCount {
                        let code = try cursor.byte()
                        subfields.append(Subfield(code: code, value: try cursor.string()))
                    }
                    fields.append(Field(tag: tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields))
                case let kind:
                    throw DecodingError.unknownFieldKind(kind)
                }
            }
            return Record(leader: leader, fields: fields)
        }
    }

    /// The first `tag` control field's value, read without decoding the rest of the record (nil when the record
    /// has none): for passes over a million records that need only their 001.
    public static func controlValue(_ tag: Tag, in bytes: [UInt8]) throws -> String? {
        try bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer)
            let version = try cursor.byte()
            guard version == RecordCodec.version else { throw DecodingError.unknownVersion(version) }
            _ = try cursor.take(Leader.length)
            for _ in 0..<(try cursor.varint()) {
                let tagBytes = try cursor.take(3)
                let found = Tag(tagBytes[0], tagBytes[1], tagBytes[2]) == tag
                switch try cursor.byte() {
                case 0:
                    let value = try cursor.take(try cursor.varint())
                    if found { return String(decoding: value, as: UTF8.self) }
                case 1:
                    // Control fields come first; a data field of a control tag is no control value.
                    guard !found else { return nil }
                    _ = try cursor.take(2)
                    for _ in 0..<(try cursor.varint()) {
                        _ = try cursor.byte()
                        _ = try cursor.take(try cursor.varint())
                    }
                case let kind:
                    throw DecodingError.unknownFieldKind(kind)
                }
            }
            return nil
        }
    }

    private static func appendString(_ value: String, to bytes: inout [UInt8]) {
        appendVarint(value.utf8.count, to: &bytes)
        bytes.append(contentsOf: value.utf8)
    }

    private static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw DecodingError.truncated }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func take(_ count: Int) throws -> UnsafeBufferPointer<UInt8> {
            guard count >= 0, offset + count <= bytes.count else { throw DecodingError.truncated }
            defer { offset += count }
            return UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])
        }

        mutating func varint() throws -> Int {
            var value = 0, shift = 0
            while true {
                let byte = try self.byte()
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
                guard shift < 63 else { throw DecodingError.truncated }
            }
        }

        mutating func string() throws -> String {
            String(decoding: try take(try varint()), as: UTF8.self)
        }
    }
}
