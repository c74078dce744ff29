import MARC

extension ValidationRule {
    static let unreadable = ValidationRule(
        "structure.unreadable", .error, "the reader could make nothing of the record's bytes")
    static let leaderStatus = ValidationRule(
        "structure.leader-status", .warning, "leader/05 (record status) is a, c, d, n or p")
    static let recordDeleted = ValidationRule(
        "structure.record-deleted", .warning, "records to import are not marked deleted (leader/05 d): Koha would import them "
            + "as live records")
    static let leaderType = ValidationRule(
        "structure.leader-type", .error, "leader/06 is a bibliographic type of record (a c d e f g i j k m o p r t)")
    static let leaderLevel = ValidationRule(
        "structure.leader-level", .warning, "leader/07 (bibliographic level) is a, b, c, d, i, m or s")
    static let leaderEncodingLevel = ValidationRule(
        "structure.leader-encoding-level", .info, "leader/17 (encoding level) is blank, 1-5, 7, 8, u or z")
    static let leaderCoding = ValidationRule(
        "structure.leader-coding", .warning, "leader/09 is a: Koha reads every record as UTF-8")
    static let leaderLayout = ValidationRule(
        "structure.leader-layout", .warning, "leader/10-11 are 22 and leader/20-23 are 4500, as MARC 21 has them")
}

/// The leader's values, as MARC 21 defines them for bibliographic records. The structural positions a writer
/// fills in (record length, base address) are not checked: samkat and Koha recompute them.
enum StructureRules {
    static let statuses = Set("acdnp".utf8)
    static let bibliographicTypes = Set("acdefgijkmoprt".utf8)
    static let otherTypes: [UInt8: String] = [
        UInt8(ascii: "z"): "an authority record", UInt8(ascii: "w"): "a classification record",
        UInt8(ascii: "u"): "a holdings record", UInt8(ascii: "v"): "a holdings record",
        UInt8(ascii: "x"): "a holdings record", UInt8(ascii: "y"): "a holdings record",
        UInt8(ascii: "q"): "a community information record",
    ]
    static let levels = Set("abcdims".utf8)
    static let encodingLevels = Set(" 12345678uz".utf8)

    static func checkLeader(_ leader: Leader, into out: inout RecordFindings) {
        let status = leader.recordStatus
        if status == UInt8(ascii: "d") {
            out.add(.recordDeleted, "the record is marked deleted (leader/05 d); Koha would import it as a live record: leave "
                + "it out, or set leader/05 to c if it should stay")
        } else if !statuses.contains(status) {
            out.add(.leaderStatus, "leader/05 (record status) is \"\(status.shown)\"; MARC 21 has a, c, d, n or p: set it to c "
                + "(corrected) or n (new)")
        }
        let type = leader.typeOfRecord
        if let other = otherTypes[type] {
            out.add(.leaderType, "leader/06 is \"\(type.shown)\": this is \(other), not a bibliographic record; Koha's "
                + "catalogue import takes bibliographic records only")
        } else if !bibliographicTypes.contains(type) {
            out.add(.leaderType, "leader/06 (type of record) is \"\(type.shown)\", not a MARC 21 type; Koha cannot tell what "
                + "kind of material this is: set it (a for printed text)")
        }
        let level = leader.bibliographicLevel
        if !levels.contains(level) {
            out.add(.leaderLevel, "leader/07 (bibliographic level) is \"\(level.shown)\"; MARC 21 has a, b, c, d, i, m or s: "
                + "set it (m for a book)")
        }
        let encoding = leader.encodingLevel
        if !encodingLevels.contains(encoding) {
            out.add(.leaderEncodingLevel, "leader/17 (encoding level) is \"\(encoding.shown)\", not a MARC 21 value (blank for "
                + "full level)")
        }
        if leader.characterCoding != UInt8(ascii: "a") {
            out.add(.leaderCoding, "leader/09 is \"\(leader.characterCoding.shown)\", not a: Koha reads records as UTF-8 and "
                + "needs leader/09 a (samkat convert writes UTF-8 with a)")
        }
        let counts = [leader[10], leader[11]], map = Array(leader.bytes[20..<24])
        if counts != Array("22".utf8) || map != Array("4500".utf8) {
            out.add(.leaderLayout, "leader/10-11 are \"\(text(counts))\" and leader/20-23 \"\(text(map))\"; MARC 21 records "
                + "have 22 and 4500 (samkat convert writes them)")
        }
    }

    static func text(_ bytes: [UInt8]) -> String { bytes.map(\.shown).joined() }
}
