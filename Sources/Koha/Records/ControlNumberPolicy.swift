import MARC

/// How the emitted records carry 001 (control number) and 003 (whose number it is).
///
/// Under both policies the source's own number is first kept as an 035 `$a (003)001`, unless an 035 already
/// holds it (compared without blanks), so the number the municipality and LIBRIS knew stays searchable. A
/// record without 003 gets no such 035: a bare number names nothing, and samkat's provenance 035
/// `(municipality-system)localid` already says where the record came from. A record whose 003 already is
/// the consortium's keeps no second copy.
public enum ControlNumberPolicy: Hashable, Sendable {
    /// Keep 001 and set 003 to the consortium's MARC organisation code (`"SE-SKBG"`), so 001+003 name the record
    /// in the shared catalogue and `$w` links (rewritten by `LinkRewriter` to surviving records' numbers) keep
    /// working: Koha indexes 001 as the record control number its 7XX/8XX `$w` searches match. Two records from
    /// different municipalities can carry the same 001; the emit stage must find such collisions across the
    /// catalogue, which one record's rules cannot see.
    case consortium(String)
    /// Remove 001 and 003 (after keeping them as 035): Koha identifies the record by the biblionumber it
    /// assigns on import. Links by `$w` to old numbers then point nowhere, so choose this only for catalogues
    /// without record links, or when links are made again in Koha.
    case leaveToKoha

    /// Applies the policy to one record.
    func apply(to record: inout Record) -> [KohaRecordChange] {
        var changes: [KohaRecordChange] = []
        let number = record.controlValue("001").map { $0.trimmingBlanks() }.map(String.init)
        let source = record.controlValue("003").map { $0.trimmingBlanks() }.map(String.init)
        switch self {
        case .consortium(let rawCode):
            let code = NFC.normalize(rawCode)
            guard let number, !number.isEmpty else {
                return [KohaRecordChange(.controlNumber, "001", "no 001: 003 not set; Koha will know the record by its biblionumber")]
            }
            if source != code {
                changes += ControlNumberPolicy.keepAs035(&record, number: number, source: source)
                record.setControlValue("003", code)
                changes.append(KohaRecordChange(.controlNumber, "003",
                                                source.map { "003 \($0) replaced by \(code)" } ?? "003 \(code) added"))
            }
        case .leaveToKoha:
            if let number, !number.isEmpty {
                changes += ControlNumberPolicy.keepAs035(&record, number: number, source: source)
            }
            for tag: Tag in ["001", "003"] {
                if let value = record.controlValue(tag) {
                    record.removeFields(tag)
                    changes.append(KohaRecordChange(.controlNumber, tag, "removed \(tag) \(value): Koha assigns its own number"))
                }
            }
        }
        return changes
    }

    /// Adds 035 `$a (003)001` unless the record has it already.
    static func keepAs035(_ record: inout Record, number: String, source: String?) -> [KohaRecordChange] {
        guard let source, !source.isEmpty else {
            return [KohaRecordChange(.controlNumber, "035",
                                     "001 \(number) has no 003: not kept as 035; the provenance 035 names the record")]
        }
        let kept = "(\(source))\(number)"
        let key = withoutBlanks(kept)
        if record.values("035", "a").contains(where: { withoutBlanks($0) == key }) { return [] }
        record.insertInOrder(Field(tag: "035", subfields: [Subfield("a", kept)]))
        return [KohaRecordChange(.controlNumber, "035", "kept the source's number as 035 $a \(kept)")]
    }

    static func withoutBlanks(_ text: String) -> String { text.filter { !$0.isWhitespace } }
}
