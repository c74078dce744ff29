/// Chooses the record of a cluster that survives into the shared catalogue. The members are ranked by these
/// steps in order, each deciding only between members the earlier steps left equal:
///
/// 1. An order placeholder never survives, unless every member is one (`SurvivorStanding.isOrderPlaceholder`).
/// 2. The national LIBRIS record first: 003 `SE-LIBR` with an 001, then a record that carries a LIBRIS id in
///    035 (`(SE-LIBR)…`, `(LIBRIS)…`), then the rest (`SurvivorStanding.LIBRIS`).
/// 3. Encoding level, leader/17, best first: blank (full), `1`, `4`, `2`, `7`, `5`, `3`, `8`, anything else.
/// 4. Completeness of the description (`Completeness`): descriptive elements present, then subfields.
/// 5. More copies.
/// 6. Provenance: municipality, then local id, ascending (`MergeMember.provenanceOrder`).
///
/// The ranking is a total order over the members' facts, so the choice never depends on the input order.
public struct SurvivorRule: Sendable {
    public init() {}

    /// The step that set the survivor apart from the runner-up, for the report.
    public enum Step: String, Sendable, Codable, CaseIterable {
        case onlyRecord = "only-record"
        case notPlaceholder = "not-placeholder"
        case libris
        case encodingLevel = "encoding-level"
        case completeness
        case copies
        case provenance
    }

    /// The survivor of one cluster and why.
    public struct Choice: Sendable, Equatable, Codable {
        /// The survivor's index in the members as given.
        public var index: Int
        /// The survivor's record id.
        public var id: Int64
        public var step: Step
        /// Plain words for the report: "LIBRIS record", "fullest encoding level ( )", "most copies (4)" ….
        public var reason: String
    }

    /// The survivor of `members` (which must not be empty).
    public func choose(_ members: [MergeMember]) -> Choice {
        precondition(!members.isEmpty, "a cluster has members")
        let standings = members.map(SurvivorStanding.init)
        let ranked = members.indices.sorted { a, b in
            if let step = SurvivorRule.decidingStep(standings[a], standings[b]) {
                return SurvivorRule.isBetter(standings[a], than: standings[b], at: step)
            }
            return MergeMember.provenanceOrder(members[a], members[b])
        }
        let best = ranked[0]
        guard ranked.count > 1 else {
            return Choice(index: best, id: members[best].id, step: .onlyRecord, reason: "only record")
        }
        let step = SurvivorRule.decidingStep(standings[best], standings[ranked[1]]) ?? .provenance
        return Choice(index: best, id: members[best].id, step: step, reason: SurvivorRule.reason(step, standings[best]))
    }

    /// The first step (before provenance) at which two members differ; nil when they are equal up to provenance.
    static func decidingStep(_ a: SurvivorStanding, _ b: SurvivorStanding) -> Step? {
        if a.isOrderPlaceholder != b.isOrderPlaceholder { return .notPlaceholder }
        if a.libris != b.libris { return .libris }
        if a.encodingRank != b.encodingRank { return .encodingLevel }
        if a.completeness != b.completeness { return .completeness }
        if a.copies != b.copies { return .copies }
        return nil
    }

    private static func isBetter(_ a: SurvivorStanding, than b: SurvivorStanding, at step: Step) -> Bool {
        switch step {
        case .notPlaceholder: !a.isOrderPlaceholder
        case .libris: a.libris > b.libris
        case .encodingLevel: a.encodingRank < b.encodingRank
        case .completeness: a.completeness > b.completeness
        case .copies: a.copies > b.copies
        case .onlyRecord, .provenance: false
        }
    }

    private static func reason(_ step: Step, _ standing: SurvivorStanding) -> String {
        switch step {
        case .onlyRecord: "only record"
        case .notPlaceholder: "not an order placeholder"
        case .libris: standing.libris == .record ? "LIBRIS record" : "carries a LIBRIS id"
        case .encodingLevel: "fullest encoding level (\(String(decoding: [standing.encodingLevel], as: UTF8.self)))"
        case .completeness: "most complete description (\(standing.completeness))"
        case .copies: "most copies (\(standing.copies))"
        case .provenance: "first by provenance"
        }
    }
}
