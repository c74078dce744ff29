import Dedupe
import Dispatch
import MARC
import Workspace

/// The bibliographic records of the active sources as dedupe subjects, in record id order. Match keys and the
/// format decision are computed once per record, on two threads, and kept in `record_keys` until the record
/// is replaced; a stored form of another `MatchKeys.storageVersion` is computed again.
struct StoredSubjects {
    var subjects: [PairSubject] = []
    /// Beside `subjects`, position for position.
    var provenance: [Provenance] = []
    var sourceIDs: [Int64] = []
    /// How many records had their keys computed in this run (the rest were read).
    var computed = 0

    /// `progress(done, total)` as keys are computed.
    static func load(_ database: Database, progress: (Int, Int) -> Void = { _, _ in }) throws -> StoredSubjects {
        var loaded = StoredSubjects()
        loaded.computed = try computeMissing(database, progress: progress)
        let select = try database.prepare("""
            SELECT record.id, source.municipality, source.system, record.local_id, source.id,
                   record_keys.format, record_keys.confidence, record_keys.keys
            FROM record JOIN source ON source.id = record.source_id JOIN record_keys ON record_keys.record_id = record.id
            WHERE source.active = 1 AND record.kind = 'bibliographic' ORDER BY record.id
            """)
        while try select.step() {
            let id = select.int64(0)
            guard let format = FormatClass(rawValue: select.text(5) ?? ""), let confidence = FormatConfidence(rawValue: select.text(6) ?? ""),
                  let keys = MatchKeys(stored: select.blob(7) ?? []) else {
                throw PipelineError.damagedWorkspace("the stored match keys of record \(id) do not read back")
            }
            let municipality = select.text(1) ?? ""
            loaded.subjects.append(PairSubject(id: id, municipality: municipality, keys: keys, format: format, formatConfidence: confidence))
            loaded.provenance.append(Provenance(municipality: municipality, system: select.text(2) ?? "", localID: select.text(3) ?? ""))
            loaded.sourceIDs.append(select.int64(4))
        }
        return loaded
    }

    /// Keys for every active bibliographic record without (current) stored keys, in batches decoded and
    /// extracted on two threads.
    private static func computeMissing(_ database: Database, progress: (Int, Int) -> Void) throws -> Int {
        try database.transaction {
            try database.prepare("DELETE FROM record_keys WHERE substr(keys, 1, 1) != ?").run([.blob([MatchKeys.storageVersion])])
            let missing = """
                FROM record JOIN source ON source.id = record.source_id
                WHERE source.active = 1 AND record.kind = 'bibliographic'
                  AND NOT EXISTS (SELECT 1 FROM record_keys WHERE record_keys.record_id = record.id)
                """
            let total = Int(try database.scalar("SELECT count(*) " + missing) ?? 0)
            let select = try database.prepare("SELECT record.id, record.marc " + missing + " ORDER BY record.id")
            let insert = try database.prepare("INSERT INTO record_keys (record_id, format, confidence, keys) VALUES (?, ?, ?, ?)")
            var computed = 0
            var batch: [(Int64, [UInt8])] = []
            func flush() throws {
                for (id, result) in zip(batch.map(\.0), extract(batch.map(\.1))) {
                    guard let row = try? result.get() else {
                        throw PipelineError.damagedWorkspace("record \(id) does not decode from its stored form")
                    }
                    try insert.run([.int(id), .text(row.format.rawValue), .text(row.confidence.rawValue), .blob(row.keys)])
                }
                computed += batch.count
                batch.removeAll(keepingCapacity: true)
                progress(computed, total)
            }
            while try select.step() {
                batch.append((select.int64(0), select.blob(1) ?? []))
                if batch.count == 4096 { try flush() }
            }
            try flush()
            return computed
        }
    }

    private struct Extracted: Sendable {
        var format = FormatClass.other
        var confidence = FormatConfidence.unknown
        var keys: [UInt8] = []
    }

    /// Each record's format decision and stored keys; the two halves of the batch on two threads.
    private static func extract(_ records: [[UInt8]]) -> [Result<Extracted, any Error>] {
        let results = UnsafeMutableBufferPointer<Result<Extracted, any Error>>.allocate(capacity: records.count)
        defer { results.deallocate() }
        let half = (records.count + 1) / 2
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            for index in (part == 0 ? 0..<half : half..<records.count) {
                output.initializeElement(at: index, to: Result {
                    let record = try RecordCodec.decode(records[index])
                    let decision = FormatClassifier.classify(record)
                    return Extracted(format: decision.formatClass, confidence: decision.confidence,
                                     keys: MatchKeys.extract(from: record).stored())
                })
            }
        }
        defer { _ = results.deinitialize() }
        return Array(results)
    }
}
