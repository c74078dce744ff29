import MARC

extension KohaRecordRules {
    /// The tag Koha keeps its biblionumber (`$c`) and biblioitemnumber (`$d`) in.
    public static let kohaIDTag: Tag = "999"

    /// Removes every 999.
    static func removeKohaIDs(_ record: inout Record) -> [KohaRecordChange] {
        let fields = record.fields(kohaIDTag)
        guard !fields.isEmpty else { return [] }
        record.removeFields(kohaIDTag)
        return fields.map {
            KohaRecordChange(.kohaIDs, kohaIDTag, "removed 999 \(subfieldText($0)): another Koha's record ids")
        }
    }

    /// Removes every field whose tag is in `tags`, one change per tag with how many went.
    static func drop(_ tags: [Tag], from record: inout Record) -> [KohaRecordChange] {
        var changes: [KohaRecordChange] = []
        for tag in Set(tags).sorted() {
            let count = record.removeFields(tag)
            if count > 0 {
                changes.append(KohaRecordChange(.droppedField, tag, "removed \(count) \(tag) field\(count == 1 ? "" : "s")"))
            }
        }
        return changes
    }

    /// True for the headings Koha links to its authorities through `$9`: 1XX, 6XX and 7XX.
    public static func isAuthorityControlled(_ tag: Tag) -> Bool {
        let bytes = tag.bytes
        return tag.isNumeric && (bytes[0] == UInt8(ascii: "1") || bytes[0] == UInt8(ascii: "6") || bytes[0] == UInt8(ascii: "7"))
    }

    /// Removes `$9` from every 1XX, 6XX and 7XX, one change per field that had any.
    static func removeAuthorityIDs(_ record: inout Record) -> [KohaRecordChange] {
        var changes: [KohaRecordChange] = []
        for index in record.fields.indices where isAuthorityControlled(record.fields[index].tag) {
            let removed = record.fields[index].values("9")
            guard !removed.isEmpty else { continue }
            record.fields[index].removeSubfields("9")
            let list = removed.map { "$9 \($0)" }.joined(separator: ", ")
            changes.append(KohaRecordChange(.authorityLinks, record.fields[index].tag,
                                            "removed \(list): Koha would read it as one of its own authority ids"))
        }
        return changes
    }

    /// Sets leader/09 to `a`.
    static func markUnicode(_ record: inout Record) -> [KohaRecordChange] {
        let coding = record.leader.characterCoding
        guard coding != UInt8(ascii: "a") else { return [] }
        record.leader.characterCoding = UInt8(ascii: "a")
        let was = coding == Field.blank ? "blank (MARC-8)" : "“\(String(UnicodeScalar(coding)))”"
        return [KohaRecordChange(.characterCoding, "LDR", "leader/09 was \(was), set to “a”: written as Unicode")]
    }

    /// A field's subfields as `$c 12 $d 12`, for messages.
    static func subfieldText(_ field: Field) -> String {
        field.subfields.map { "$\($0.codeText) \($0.value)" }.joined(separator: " ")
    }
}
