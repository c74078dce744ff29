import Dedupe
import MARC

/// What a dedupe run reports besides its clusters: standard numbers that fail their check (used only as
/// weak keys), blocks too big to pair as they are, and joins a veto refused (a cluster split).
struct DedupeFindings {
    let loaded: StoredSubjects
    let result: DedupeEngine.Result

    var all: [(Finding, Int64?)] { keyProblems + oversizedBlocks + splitClusters }

    var keyProblems: [(Finding, Int64?)] {
        loaded.subjects.indices.flatMap { index in
            loaded.subjects[index].keys.problems.map { problem in
                (Finding(.warning, "dedupe.\(problem.kind.rawValue)", "\(loaded.provenance[index]): \(problem.message)"), loaded.sourceIDs[index])
            }
        }
    }

    var oversizedBlocks: [(Finding, Int64?)] {
        result.oversized.map { block in
            let what = block.pairedAfterRefinement ? "only records that also share an author were paired" : "none of them were paired through it"
            return (Finding(.info, "dedupe.oversized-block", "\(block.size) records share the \(block.key.kind) key \"\(block.key.value)\": \(what)"), nil)
        }
    }

    var splitClusters: [(Finding, Int64?)] {
        let provenance = Dictionary(uniqueKeysWithValues: zip(loaded.subjects.map(\.id), loaded.provenance))
        func name(_ id: Int64) -> String { provenance[id]?.description ?? "record \(id)" }
        return result.refusals.map { refusal in
            (Finding(.warning, "dedupe.cluster-split", """
                \(name(refusal.pair.first)) and \(name(refusal.pair.second)) matched (score \(refusal.pair.score)) but were not joined: \
                \(name(refusal.vetoed.0)) and \(name(refusal.vetoed.1)) would have been in one cluster, and \(refusal.reason)
                """), nil)
        }
    }
}
