import MARC

/// Serialises records in the byte forms the exports hold. The repo's `ISO2709Writer` always writes UTF-8 and
/// sets leader/09; exports do not, so the generator writes its own bytes: any `RecordText`, the leader as given.
enum RecordEmitter {
    /// Stands in a value for one byte that is valid in no encoding the readers try (0xFF in UTF-8 text).
    static let undecodableMarker: Unicode.Scalar = "\u{E000}"

    /// One ISO 2709 record.
    static func iso2709(_ record: Record, text: RecordText) -> [UInt8] {
        var data: [UInt8] = []
        var directory: [UInt8] = []
        for field in record.fields {
            let start = data.count
            if field.tag.isControlField {
                encode(field.value, text, into: &data)
            } else {
                data.append(field.indicator1)
                data.append(field.indicator2)
                for subfield in field.subfields {
                    data.append(0x1F)
                    data.append(subfield.code)
                    encode(subfield.value, text, into: &data)
                }
            }
            data.append(0x1E)
            directory.append(contentsOf: field.tag.bytes)
            directory.append(contentsOf: pad(data.count - start, 4).utf8)
            directory.append(contentsOf: pad(start, 5).utf8)
        }
        directory.append(0x1E)
        data.append(0x1D)
        let base = 24 + directory.count
        var leader = record.leader
        leader.setNumber(base + data.count, at: 0)
        leader.setNumber(base, at: 12)
        return leader.bytes + directory + data
    }

    /// One record in Libra's line-MARC (`exportCat.txt`): `*000` leader, `*001value`, `*24510$aTitel$b…`, CRLF.
    static func libraLines(_ record: Record, text: RecordText) -> [UInt8] {
        var bytes: [UInt8] = Array("*000".utf8) + record.leader.bytes + [0x0D, 0x0A]
        for field in record.fields {
            bytes.append(0x2A)
            bytes.append(contentsOf: field.tag.bytes)
            if field.tag.isControlField {
                encode(field.value, text, into: &bytes)
            } else {
                bytes.append(field.indicator1)
                bytes.append(field.indicator2)
                for subfield in field.subfields {
                    bytes.append(0x24)
                    bytes.append(subfield.code)
                    encode(subfield.value, text, into: &bytes)
                }
            }
            bytes.append(0x0D)
            bytes.append(0x0A)
        }
        return bytes
    }

    private static func encode(_ value: String, _ text: RecordText, into bytes: inout [UInt8]) {
        guard value.unicodeScalars.contains(undecodableMarker) else { return text.encode(value, into: &bytes) }
        let pieces = value.split(separator: Character(undecodableMarker), omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { bytes.append(0xFF) }
            text.encode(String(piece), into: &bytes)
        }
    }
}
