import MARC

/// Points record links (`$w` in 760–787, which include 773, and in 800–830) at the records that survive
/// merging.
///
/// A `$w` is read as a `LinkTarget` in one of three forms:
/// - `(prefix)number` where `prefixes` maps the prefix to a municipality (register each source's 003 here:
///   `"SE-HjoB"` → `"hjo"`);
/// - `(municipality-system)localid`, samkat's provenance form (`(hjo-libra)10004`), when `system` is one of
///   `systems`;
/// - a plain number, which names a record of the linking record's own municipality (the source's 001).
///
/// When `targets` has the link's target, the `$w` is replaced by the value mapped to it, written as given
/// (the surviving record's number, typically `(003)001` under `ControlNumberPolicy.consortium`). Each
/// rewrite is reported; a link whose target is not in the map, or whose form names no municipality
/// (`(SE-LIBR)123`), is left as it is. The caller builds `targets` from the merge crosswalk, with an entry for
/// every form the catalogues use: the 001 and the provenance local id of every merged-away record, and of
/// every record whose number changes.
public struct LinkRewriter: Hashable, Sendable {
    /// An old link target → the `$w` value that names its surviving record.
    public var targets: [LinkTarget: String]
    /// A `$w` prefix (the text in parentheses) → the municipality whose records it numbers.
    public var prefixes: [String: String]
    /// The source systems of samkat's provenance form.
    public var systems: Set<String>

    public static let defaultSystems: Set<String> = ["libra", "bookit", "marc"]

    public init(targets: [LinkTarget: String], prefixes: [String: String] = [:],
                systems: Set<String> = LinkRewriter.defaultSystems) {
        self.targets = targets
        self.prefixes = prefixes
        self.systems = systems
    }

    /// True for the linking entry fields (760–787) and series added entries (800–830).
    public static func isLinkTag(_ tag: Tag) -> Bool {
        guard tag.isNumeric, let number = Int(tag.description) else { return false }
        return (760...787).contains(number) || (800...830).contains(number)
    }

    /// What a `$w` in a record of `municipality` names; nil when its form names no municipality.
    public func target(of link: String, in municipality: String) -> LinkTarget? {
        let text = link.trimmingBlanks()
        guard text.hasPrefix("(") else {
            return text.isEmpty ? nil : LinkTarget(municipality: municipality, controlNumber: String(text))
        }
        guard let close = text.firstIndex(of: ")") else { return nil }
        let prefix = String(text[text.index(after: text.startIndex)..<close]).trimmingBlanks()
        let number = String(String(text[text.index(after: close)...]).trimmingBlanks())
        guard !number.isEmpty else { return nil }
        if let known = prefixes[String(prefix)] { return LinkTarget(municipality: known, controlNumber: number) }
        if let dash = prefix.lastIndex(of: "-"), systems.contains(String(prefix[prefix.index(after: dash)...])),
           dash > prefix.startIndex {
            return LinkTarget(municipality: String(prefix[..<dash]), controlNumber: number)
        }
        return nil
    }

    /// Rewrites the record's links in place; one change per `$w` rewritten.
    public func rewrite(_ record: inout Record, municipality: String) -> [KohaRecordChange] {
        var changes: [KohaRecordChange] = []
        for fieldIndex in record.fields.indices where LinkRewriter.isLinkTag(record.fields[fieldIndex].tag) {
            let tag = record.fields[fieldIndex].tag
            for subfieldIndex in record.fields[fieldIndex].subfields.indices {
                let subfield = record.fields[fieldIndex].subfields[subfieldIndex]
                guard subfield.code == UInt8(ascii: "w"),
                      let target = target(of: subfield.value, in: municipality),
                      let surviving = targets[target].map(NFC.normalize),
                      surviving != subfield.value else { continue }
                record.fields[fieldIndex].subfields[subfieldIndex].value = surviving
                changes.append(KohaRecordChange(.link, tag,
                                                "\(tag) $w \(subfield.value) → \(surviving): now names the surviving record"))
            }
        }
        return changes
    }

    /// The record with its links rewritten, and the rewrites.
    public func rewritten(_ record: Record, municipality: String) -> KohaPreparedRecord {
        var record = record
        let changes = rewrite(&record, municipality: municipality)
        return KohaPreparedRecord(record: record, changes: changes)
    }
}
