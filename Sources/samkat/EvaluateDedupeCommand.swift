import ArgumentParser
import Dedupe
import Exports
import Foundation
import MARC
import Pipeline
import Workspace

/// For `Scripts/bench-dedupe`: runs deduplication over a labelled pair set and scores it, or scores the last
/// `samkat dedupe` of a generated consortium against its ground truth.
struct EvaluateDedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-dedupe",
        abstract: "Scores deduplication against labelled pairs (precision and recall of automatic merges, review share).",
        discussion: """
        Every distinct record (by 001) is loaded once and the whole set deduplicated; each labelled pair counts as \
        merged when its two records end in one cluster. The pairs are scored in two halves (first and second half \
        of the labels file): tune on one, report both, so overfitting shows.
        With --batch instead: the clusters of the last `samkat dedupe` of a consortium made by `samkat fixtures` \
        are scored pair by pair against its truth/editions.tsv.
        """
    )

    @Option(help: "The records (any format samkat reads; MARC-in-JSON lines for the HathiTrust set).")
    var records: String?

    @Option(help: "The labels: CSV with a header and id1,id2,label (1 same, 0 different); ids are 001 values.")
    var labels: String?

    @Option(help: "A generated consortium's batch file, deduplicated: scored against the truth folder beside it.")
    var batch: String?

    @Option(help: "A field to remove from every record before it is used (the answer key: CID).")
    var strip: [String] = []

    func validate() throws {
        guard (records != nil && labels != nil) != (batch != nil) else {
            throw ValidationError("Give either --records and --labels, or --batch.")
        }
    }

    func run() throws {
        if let batch { return try scoreAgainstTruth(batch) }
        guard let records, let labels else { return }
        let started = Date()
        var reader = try MARCFormat.openReader(path: records, format: nil, encoding: .auto)
        var idOf: [String: Int64] = [:]
        var subjects: [PairSubject] = []
        let stripped = strip.compactMap { MARC.Tag($0) }
        while let result = try reader.next() {
            guard case .success(var read) = result, let local = read.record.controlValue("001"), idOf[local] == nil else { continue }
            for tag in stripped { read.record.removeFields(tag) }
            let id = Int64(subjects.count)
            idOf[local] = id
            subjects.append(PairSubject(id: id, municipality: "", record: read.record))
        }
        let lines = try String(contentsOfFile: labels, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        let pairs: [(Int64, Int64, Bool)] = lines.compactMap { line in
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, let a = idOf[cells[0]], let b = idOf[cells[1]] else { return nil }
            return (a, b, cells[2] == "1")
        }
        let result = DedupeEngine().run(subjects)
        let seconds = Date().timeIntervalSince(started)
        let half = pairs.count / 2
        print("records \(subjects.count), labelled pairs \(pairs.count), candidate pairs \(result.candidatePairs), clusters \(result.clusters.count), \(String(format: "%.1f", seconds)) s")
        print("set            pairs  precision  recall  review")
        for (name, part) in [("first half", Array(pairs[..<half])), ("second half", Array(pairs[half...])), ("all", pairs)] {
            let score = PairSetEvaluation(labels: part, result: result)
            let label = name.padding(toLength: 13, withPad: " ", startingAt: 0)
            print(label + String(format: " %6d  %9.4f  %6.4f  %6.4f", score.pairs, score.precision, score.recall, score.reviewShare))
        }
    }

    private func scoreAgainstTruth(_ path: String) throws {
        let batch = try BatchFile.load(path: path)
        let workspace = try Workspace(directory: batch.resolve(batch.workspace))
        let score = try TruthScore(workspace: workspace, editions: batch.resolve("truth/editions.tsv"))
        print("true pairs \(score.truePairs), merged pairs \(score.mergedPairs), false merges \(score.falseMerges), pairs in review \(score.reviewPairs)")
        print("set            pairs  precision  recall  review")
        print("generated    " + String(format: " %6d  %9.4f  %6.4f  %6.4f", score.truePairs, score.precision, score.recall,
                                      Double(score.trueInReview) / Double(max(score.truePairs, 1))))
    }
}
