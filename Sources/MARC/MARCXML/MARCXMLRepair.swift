/// The repairs the MARCXML reader makes to attribute values that are missing or malformed. Each returns the
/// repaired value and, when it changed anything, a sentence for the finding. The fast path (a well-formed
/// value) allocates nothing.
enum MARCXMLRepair {
    /// A tag from the `tag` attribute. Numeric tags written as integers (`"1"`, `"35"`) get their leading
    /// zeros back; `"0245"` loses the extra one; anything else is cut or padded with blanks to three bytes,
    /// with non-ASCII bytes written as `?`.
    static func tag(_ value: UnsafeBufferPointer<UInt8>?) -> (Tag, String?) {
        guard let value, value.count > 0 else { return (Tag(0x20, 0x20, 0x20), "has no tag; read as three blanks") }
        if value.count == 3, value[0] < 0x80, value[1] < 0x80, value[2] < 0x80 {
            return (Tag(value[0], value[1], value[2]), nil)
        }
        let original = String(decoding: value, as: UTF8.self)
        var bytes = value.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }
        if bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            while bytes.count > 3 && bytes[0] == 0x30 { bytes.removeFirst() }
            while bytes.count < 3 { bytes.insert(0x30, at: 0) }
        }
        bytes = Array(bytes.prefix(3))
        while bytes.count < 3 { bytes.append(0x20) }
        let tag = Tag(bytes[0], bytes[1], bytes[2])
        return (tag, "tag \"\(original)\" is not three characters; read as \"\(tag)\"")
    }

    /// An indicator from `ind1`/`ind2`: missing or empty becomes a blank, a longer value keeps its first
    /// character, a non-ASCII one becomes a blank.
    static func indicator(_ value: UnsafeBufferPointer<UInt8>?, name: StaticString) -> (UInt8, String?) {
        guard let value else { return (Field.blank, "\(name) is missing; read as blank") }
        if value.count == 1, value[0] < 0x80 { return (value[0], nil) }
        guard value.count > 0 else { return (Field.blank, "\(name) is empty; read as blank") }
        let original = String(decoding: value, as: UTF8.self)
        guard value[0] < 0x80 else { return (Field.blank, "\(name) \"\(original)\" is not an ASCII character; read as blank") }
        return (value[0], "\(name) \"\(original)\" is longer than one character; read as \"\(UnicodeScalar(value[0]))\"")
    }

    /// A subfield code from `code`, with the same rules as an indicator.
    static func code(_ value: UnsafeBufferPointer<UInt8>?) -> (UInt8, String?) {
        guard let value else { return (Field.blank, "a subfield has no code; read as blank") }
        if value.count == 1, value[0] < 0x80 { return (value[0], nil) }
        guard value.count > 0 else { return (Field.blank, "a subfield has an empty code; read as blank") }
        let original = String(decoding: value, as: UTF8.self)
        guard value[0] < 0x80 else { return (Field.blank, "subfield code \"\(original)\" is not an ASCII character; read as blank") }
        return (value[0], "subfield code \"\(original)\" is longer than one character; read as \"\(UnicodeScalar(value[0]))\"")
    }

    /// The leader a record without one gets: only the structural positions filled (lengths, indicator and
    /// subfield code counts, entry map), everything a cataloguer decides left blank.
    static let structuralLeader = Leader(validating: Array("00000     2200000   4500".utf8))!

    /// A leader from the text of `<leader>`: cut or padded with blanks to 24 bytes.
    static func leader(_ bytes: [UInt8]) -> (Leader, String?) {
        if let leader = Leader(validating: bytes) { return (leader, nil) }
        let leader = Leader(repairing: bytes)
        return (leader, "leader has \(bytes.count) bytes instead of 24; \(bytes.count > 24 ? "cut" : "padded with blanks") to \"\(leader.text)\"")
    }
}
