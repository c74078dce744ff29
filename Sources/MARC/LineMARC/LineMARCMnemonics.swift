/// The brace mnemonics of the human line format, after the Library of Congress / MarcEdit names.
///
/// The human format uses `$` to start a subfield and, in the leader and control fields, `\` for a blank. So
/// `LineMARCWriter` writes a literal `$` in any value as `{dollar}`, a literal `\` in the leader or a control
/// field as `{bsol}`, a line feed or carriage return as `{lf}` / `{cr}` (samkat's own names; MARC data should
/// hold neither), and a `{` that would otherwise start one of these names as `{lcub}`. `LineMARCReader` turns
/// exactly these names back (and `{rcub}` into `}`), so writing and reading gives the same record. Other brace
/// text, such as MarcEdit's `{aring}`, stays as written. Libra's own format has no escapes at all.
enum LineMARCMnemonics {
    static let names: [(name: [UInt8], byte: UInt8)] = [
        (Array("{dollar}".utf8), 0x24),
        (Array("{bsol}".utf8), 0x5C),
        (Array("{lcub}".utf8), 0x7B),
        (Array("{rcub}".utf8), 0x7D),
        (Array("{lf}".utf8), 0x0A),
        (Array("{cr}".utf8), 0x0D),
    ]

    /// The mnemonic starting at `index`, if any.
    static func match(_ bytes: ArraySlice<UInt8>, at index: Int) -> (length: Int, byte: UInt8)? {
        for entry in names where bytes.endIndex - index >= entry.name.count {
            if bytes[index..<index + entry.name.count].elementsEqual(entry.name) { return (entry.name.count, entry.byte) }
        }
        return nil
    }

    /// Replaces the mnemonics in `bytes` by the bytes they stand for; with `blanks`, also `\` by a space.
    static func decode(_ bytes: ArraySlice<UInt8>, blanks: Bool) -> [UInt8] {
        guard bytes.contains(where: { $0 == 0x7B || (blanks && $0 == 0x5C) }) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x7B, let found = match(bytes, at: index) {
                out.append(found.byte)
                index += found.length
                continue
            }
            out.append(blanks && byte == 0x5C ? 0x20 : byte)
            index += 1
        }
        return out
    }

    /// Writes `value` escaped for the human format; with `blanks`, a space becomes `\` (leader, control fields).
    static func encode(_ value: some Collection<UInt8>, blanks: Bool, into out: inout [UInt8]) {
        let bytes = ArraySlice(value)
        for (index, byte) in zip(bytes.indices, bytes) {
            switch byte {
            case 0x24: out.append(contentsOf: names[0].name)
            case 0x0A: out.append(contentsOf: names[4].name)
            case 0x0D: out.append(contentsOf: names[5].name)
            case 0x5C where blanks: out.append(contentsOf: names[1].name)
            case 0x20 where blanks: out.append(0x5C)
            case 0x7B where match(bytes, at: index) != nil: out.append(contentsOf: names[2].name)
            default: out.append(byte)
            }
        }
    }
}
