import MARC

/// A stable digest of a record's bibliographic content, to tell later whether a record changed since a
/// cataloguer decided about it. FNV-1a 64 over each field (tag, indicators, subfield codes and values, which the
/// model holds in NFC), the field hashes sorted so that moving a field is no change; leader/06-09 and /17-19
/// count too. Left out, because they change without the description changing: leader/05 (status), 005 (last transaction), and
/// holdings and local item fields (852, 9XX).
public enum RecordDigest {
    public static func digest(_ record: Record) -> String {
        var fieldHashes: [UInt64] = []
        fieldHashes.reserveCapacity(record.fields.count)
        for field in record.fields {
            let tag = field.tag
            if tag == "005" || tag == "852" || tag.packed >> 16 == 0x39 { continue }
            var hash = FNV1a()
            hash.add(UInt8(tag.packed >> 16 & 0xFF)); hash.add(UInt8(tag.packed >> 8 & 0xFF)); hash.add(UInt8(tag.packed & 0xFF))
            if field.isControlField {
                hash.add(field.value)
            } else {
                hash.add(field.indicator1); hash.add(field.indicator2)
                for subfield in field.subfields {
                    hash.add(0x1F); hash.add(subfield.code); hash.add(subfield.value)
                }
            }
            fieldHashes.append(hash.value)
        }
        fieldHashes.sort()
        var total = FNV1a()
        for offset in [6, 7, 8, 9, 17, 18, 19] { total.add(record.leader[offset]) }
        for value in fieldHashes {
            for shift in stride(from: 0, to: 64, by: 8) { total.add(UInt8(value >> UInt64(shift) & 0xFF)) }
        }
        let hex = String(total.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
