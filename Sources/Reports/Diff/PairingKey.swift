import Dedupe
import MARC

/// How a record of one catalogue finds itself in the other.
///
/// A record is known by its provenance 035s, `(hjo-libra)10004`: one per source record, several on a merged
/// record, and two records pair when they share any of them. A record with no provenance 035 is known by its
/// 001 and 003 instead, so such records pair only with each other. A record with neither is known by its
/// whole content: it pairs only with an identical record, and otherwise shows as removed and added.
struct PairingKey: Hashable {
    /// What pairs: `(hjo-libra)10004`, `001:…␟003:…` or `content:<fingerprint>`.
    let text: String
    /// What people read the record by.
    let label: String

    /// The systems a provenance 035 names; `(SE-LIBR)…` and other system numbers are not provenance.
    static let systems: Set<String> = ["libra", "bookit", "marc"]

    /// The record's keys, never empty: its provenance 035s in record order, else its 001 (003), else its content.
    static func keys(of record: Record, fingerprint: UInt64) -> [PairingKey] {
        var keys: [PairingKey] = []
        for field in record.fields where field.tag == "035" {
            for value in field.values("a") {
                guard let provenance = Provenance(value), systems.contains(provenance.system) else { continue }
                let text = provenance.description
                if !keys.contains(where: { $0.text == text }) { keys.append(PairingKey(text: text, label: text)) }
            }
        }
        guard keys.isEmpty else { return keys }
        if let number = record.controlValue("001") {
            let source = record.controlValue("003") ?? ""
            return [PairingKey(text: "001:\(number)\u{1F}003:\(source)",
                               label: source.isEmpty ? "001 \(number)" : "001 \(number) (003 \(source))")]
        }
        return [PairingKey(text: "content:\(fingerprint)", label: "record without provenance 035 or 001")]
    }

    /// The key as the 64-bit number the index holds.
    var hash: UInt64 {
        var hasher = FNV1a()
        hasher.add(text.utf8)
        return hasher.value
    }
}

/// The first catalogue's records by pairing key: each key's hash → the records that have it, in A's order.
/// Nearly every key belongs to one record, held inline; the rare key shared by several keeps a list apart.
struct KeyIndex {
    private var first: [UInt64: UInt32] = [:]
    private var more: [UInt64: [UInt32]] = [:]

    mutating func insert(_ keys: [PairingKey], ordinal: UInt32) {
        for key in keys {
            let hash = key.hash
            if let existing = first[hash] {
                if existing != ordinal, more[hash]?.last != ordinal { more[hash, default: []].append(ordinal) }
            } else {
                first[hash] = ordinal
            }
        }
    }

    /// The first record in A's order that has any of `keys` and is not paired yet.
    func firstUnpaired(_ keys: [PairingKey], paired: [Bool]) -> UInt32? {
        var best: UInt32?
        for key in keys {
            let hash = key.hash
            guard let head = first[hash] else { continue }
            let candidate = paired[Int(head)] ? more[hash]?.first { !paired[Int($0)] } : head
            if let candidate, best.map({ candidate < $0 }) ?? true { best = candidate }
        }
        return best
    }
}
