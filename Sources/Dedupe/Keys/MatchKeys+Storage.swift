/// `MatchKeys` as compact bytes for the workspace (`record_keys.keys`): every field in declaration order,
/// strings and lists length-prefixed. A tenth of the cost of JSON, which matters at a million records. A
/// stored form that does not read back (an older layout) is simply computed again.
extension MatchKeys {
    /// Bump it whenever a field is added or removed, or key extraction or format classification changes what
    /// they give: stored keys of another version are computed again at the next dedupe run.
    public static let storageVersion: UInt8 = 3

    public func stored() -> [UInt8] {
        var out = StoredKeysWriter()
        out.byte(MatchKeys.storageVersion)
        out.strings(isbns); out.strings(weakISBNs)
        out.count(isbnQualifiers.count)
        for qualified in isbnQualifiers { out.string(qualified.isbn); out.string(qualified.qualifier) }
        out.strings(issns); out.strings(standardNumbers); out.strings(librisIds); out.strings(librisIIIIds); out.strings(systemNumbers)
        out.string(title); out.string(shortTitle); out.optionalString(author); out.strings(names)
        out.byte(authorIsPerson.map { $0 ? 1 : 0 } ?? 2)
        out.optionalInt(date1); out.optionalInt(dateRangeEnd); out.ints(years); out.strings(publishers); out.ints(extent)
        out.optionalInt(pages); out.optionalInt(volumes)
        out.byte(edition == nil ? 0 : 1)
        if let edition {
            out.optionalInt(edition.number); out.optionalInt(edition.printing); out.strings(edition.flags); out.string(edition.text)
        }
        out.strings(languages); out.strings(originalLanguages); out.strings(parts); out.strings(seriesNumbers)
        out.count(problems.count)
        for problem in problems { out.string(problem.field); out.string(problem.value); out.string(problem.kind.rawValue) }
        out.string(digest)
        return out.bytes
    }

    /// The keys `stored()` wrote, or nil when the bytes are of another layout or damaged.
    public init?(stored bytes: [UInt8]) {
        var input = StoredKeysReader(bytes: bytes)
        guard (try? input.byte()) == MatchKeys.storageVersion, let keys = try? MatchKeys(reading: &input), input.atEnd else { return nil }
        self = keys
    }

    private init(reading input: inout StoredKeysReader) throws {
        self.init()
        isbns = try input.strings(); weakISBNs = try input.strings()
        isbnQualifiers = try (0..<input.count()).map { _ in QualifiedISBN(isbn: try input.string(), qualifier: try input.string()) }
        issns = try input.strings(); standardNumbers = try input.strings(); librisIds = try input.strings()
        librisIIIIds = try input.strings(); systemNumbers = try input.strings()
        title = try input.string(); shortTitle = try input.string(); author = try input.optionalString(); names = try input.strings()
        let person = try input.byte()
        authorIsPerson = person == 2 ? nil : person == 1
        date1 = try input.optionalInt(); dateRangeEnd = try input.optionalInt(); years = try input.ints(); publishers = try input.strings()
        extent = try input.ints(); pages = try input.optionalInt(); volumes = try input.optionalInt()
        if try input.byte() == 1 {
            var edition = Edition(text: "")
            edition.number = try input.optionalInt(); edition.printing = try input.optionalInt()
            edition.flags = try input.strings(); edition.text = try input.string()
            self.edition = edition
        }
        languages = try input.strings(); originalLanguages = try input.strings(); parts = try input.strings(); seriesNumbers = try input.strings()
        problems = try (0..<input.count()).map { _ in
            let field = try input.string(), value = try input.string()
            guard let kind = KeyProblem.Kind(rawValue: try input.string()) else { throw StoredKeysReader.Damaged() }
            return KeyProblem(field: field, value: value, kind: kind)
        }
        digest = try input.string()
    }
}

struct StoredKeysWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func count(_ value: Int) { varint(UInt64(value)) }

    /// LEB128: one byte for anything under 128.
    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        count(values.count)
        for value in values { string(value) }
    }

    /// Zigzag, so small negative numbers stay small.
    mutating func int(_ value: Int) { varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    mutating func ints(_ values: [Int]) {
        count(values.count)
        for value in values { int(value) }
    }

    mutating func optionalInt(_ value: Int?) {
        byte(value == nil ? 0 : 1)
        if let value { int(value) }
    }

    mutating func optionalString(_ value: String?) {
        byte(value == nil ? 0 : 1)
        if let value { string(value) }
    }
}

struct StoredKeysReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func count() throws -> Int {
        let value = try varint()
        guard value <= UInt64(bytes.count) else { throw Damaged() }
        return Int(value)
    }

    mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return value
    }

    mutating func string() throws -> String {
        let length = try count()
        guard length <= bytes.count - offset else { throw Damaged() }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func strings() throws -> [String] { try (0..<count()).map { _ in try string() } }

    mutating func int() throws -> Int {
        let zigzag = try varint()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func ints() throws -> [Int] { try (0..<count()).map { _ in try int() } }

    mutating func optionalInt() throws -> Int? { try byte() == 1 ? int() : nil }

    mutating func optionalString() throws -> String? { try byte() == 1 ? string() : nil }
}
