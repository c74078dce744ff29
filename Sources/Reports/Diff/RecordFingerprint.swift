import MARC

/// A record's content as one 64-bit number, so a million records of the first catalogue can be held as numbers
/// while the second streams past. Two records with the same compared content (`DiffSettings`) have the same
/// fingerprint; fields are taken tag by tag, in record order within a tag, so moving a field among other tags
/// changes nothing, exactly as `RecordDiff` compares. Different content gives the same number with odds of
/// about one in 2^64 per pair: such a pair would pass as unchanged.
enum RecordFingerprint {
    static func of(_ record: Record, settings: DiffSettings) -> UInt64 {
        var hasher = FNV1a()
        if let leader = settings.comparedLeader(of: record) { hasher.add(leader) }
        hasher.add(0x1D)
        let fields = settings.comparedFields(of: record).enumerated()
            .sorted { ($0.element.tag, $0.offset) < ($1.element.tag, $1.offset) }
        for (_, field) in fields {
            hasher.add(field.tag.bytes)
            hasher.add([field.indicator1, field.indicator2])
            hasher.add(field.value.utf8)
            for subfield in field.subfields {
                hasher.add(0x1F)
                hasher.add(subfield.code)
                hasher.add(subfield.value.utf8)
            }
            hasher.add(0x1E)
        }
        return hasher.value
    }
}
