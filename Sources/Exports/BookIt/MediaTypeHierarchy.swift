import MARC
import Workspace

/// BOOK-IT's media types (CA_MEDIA_TYPE): codes in a hierarchy through CA_MEDIA_TYPE_ID_PARENT. A record's
/// BURK code is matched against the codes by prefix, and the longest matching code wins (`Abc` is the most
/// specific type that `Abcd` belongs to). Parent links are followed with a visited set, so a cycle in the
/// export is reported instead of looping.
struct MediaTypeHierarchy {
    struct MediaType {
        var id: String
        var code: String
        var name: String?
        var parentID: String?
        var location: RecordLocation
    }

    private(set) var types: [MediaType] = []
    private var byID: [String: Int] = [:]
    /// Codes longest first, so the first prefix found is the longest.
    private var codesByLength: [String] = []

    mutating func add(_ type: MediaType) {
        if byID[type.id] == nil { byID[type.id] = types.count }
        types.append(type)
    }

    /// Call once every type is added, before `match`.
    mutating func prepare() {
        codesByLength = Set(types.map(\.code)).sorted { ($0.count, $1) > ($1.count, $0) }
    }

    /// The longest code that is a prefix of one of `codes`; nil when none is.
    func match(_ codes: [String]) -> String? {
        codes.compactMap { code in codesByLength.first { code.hasPrefix($0) } }.max { $0.count < $1.count }
    }

    /// The lookup entries, each with its parent's code, and a finding for each unknown parent and each cycle.
    func entries() -> (entries: [LookupEntry], findings: [Finding]) {
        var entries: [LookupEntry] = []
        var findings: [Finding] = []
        var reportedCycles: Set<[String]> = []
        for type in types {
            var attributes = ["id": type.id]
            var parentCode: String?
            if let parentID = type.parentID {
                if let parent = byID[parentID] {
                    parentCode = types[parent].code
                } else {
                    findings.append(Finding(.warning, "bookit.media-type-parent",
                                            "media type \(type.code) names parent \(parentID), which CA_MEDIA_TYPE does not have; it is kept without a parent",
                                            at: type.location))
                }
            }
            if let cycle = cycle(from: type) {
                attributes["cycle"] = "1"
                if reportedCycles.insert(cycle.sorted()).inserted {
                    findings.append(Finding(.warning, "bookit.media-type-cycle",
                                            "the media type hierarchy runs in a circle (\((cycle + [cycle[0]]).joined(separator: " → "))); fix the parents in BOOK-IT or map these types one by one",
                                            at: type.location))
                }
            }
            entries.append(LookupEntry(kind: .mediaType, code: type.code, name: type.name, parent: parentCode,
                                       attributes: attributes))
        }
        return (entries, findings)
    }

    /// The codes on the cycle `type`'s parent chain runs into, starting where it closes; nil when the chain ends.
    private func cycle(from type: MediaType) -> [String]? {
        var path: [String] = []
        var seen: [String: Int] = [:]
        var current: MediaType? = type
        while let node = current {
            if let start = seen[node.id] { return Array(path[start...]) }
            seen[node.id] = path.count
            path.append(node.code)
            current = node.parentID.flatMap { byID[$0] }.map { types[$0] }
        }
        return nil
    }
}
