import MARC

/// What the survivor rule knows of one member, step by step.
public struct SurvivorStanding: Sendable, Equatable {
    /// How a record stands to LIBRIS, the national catalogue; better is greater.
    public enum LIBRIS: Int, Sendable, Comparable {
        /// No LIBRIS id.
        case none = 0
        /// A LIBRIS id in 035 (`(SE-LIBR)…`, `(LIBRIS)…`): a local copy of the national record.
        case copy = 1
        /// 003 is `SE-LIBR` (folded, so `se-libr` too) and 001 is not empty: the national record itself.
        case record = 2

        public static func < (a: LIBRIS, b: LIBRIS) -> Bool { a.rawValue < b.rawValue }
    }

    /// An order placeholder: leader/17 is `8` (prepublication level, as acquisitions writes it), or the record
    /// has neither 008 nor 300 and every copy is on order.
    public var isOrderPlaceholder: Bool
    public var libris: LIBRIS
    /// Leader/17 as written.
    public var encodingLevel: UInt8
    /// The position of leader/17 in `SurvivorStanding.encodingOrder`; lower is better.
    public var encodingRank: Int
    public var completeness: Completeness
    public var copies: Int

    /// Encoding levels best first: full, full not examined, core, less-than-full not examined, minimal,
    /// preliminary, abbreviated, prepublication. Any other value (`u`, `z`, local letters) ranks after these.
    public static let encodingOrder: [UInt8] = Array(" 1427538".utf8)

    public init(_ member: MergeMember) {
        let record = member.record
        encodingLevel = record.leader.encodingLevel
        encodingRank = SurvivorStanding.encodingOrder.firstIndex(of: encodingLevel) ?? SurvivorStanding.encodingOrder.count
        isOrderPlaceholder = encodingLevel == 0x38
            || (record.first("008") == nil && record.first("300") == nil && member.allCopiesOrdered)
        libris = SurvivorStanding.libris(record)
        completeness = Completeness(record)
        copies = member.copies
    }

    static func libris(_ record: Record) -> LIBRIS {
        if let org = record.controlValue("003"), TextFold.key(org) == "se libr",
            let id = record.controlValue("001"), !TextFold.key(id).isEmpty
        {
            return .record
        }
        return SystemNumbers.read(record).libris.isEmpty ? .none : .copy
    }
}
