import Dedupe
import Foundation
import MARC
import Reports
import Workspace

/// Each cluster's surviving record, chosen by `SurvivorRule`, and the merged record built from it
/// (`RecordMerge`), stored in the workspace (`cluster`) with everything the survivor lacks that a merged record
/// had (`merge_lack`); `clusters.csv` lists them for the cataloguers.
struct ClusterRecords {
    let database: Database
    let outputFolder: String
    let merge: RecordMerge

    struct Summary {
        var lacks = 0
        var droppedLinks = 0
    }

    /// Runs inside the caller's transaction, so that clusters and their records are stored together.
    func build(_ clusters: [[Int64]], progress: (Int) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let csv = try ByteOutput(path: (outputFolder as NSString).appendingPathComponent("clusters.csv"))
        try csv.write(CSV.line(["cluster", "survivor", "why", "records", "municipalities", "within_municipality", "lacks", "title"]))
        let member = try database.prepare("""
            SELECT source.municipality, source.system, record.local_id, record.marc,
                   (SELECT count(*) FROM item WHERE item.source_id = record.source_id AND item.record_local_id = record.local_id),
                   (SELECT count(*) FROM item WHERE item.source_id = record.source_id AND item.record_local_id = record.local_id
                                                AND item.stock = 'ordered')
            FROM record JOIN source ON source.id = record.source_id WHERE record.id = ?
            """)
        let insertCluster = try database.prepare("""
            INSERT INTO cluster (id, survivor, survivor_reason, size, within_municipality, merged) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertLack = try database.prepare("INSERT INTO merge_lack (cluster, record_id, tag, field) VALUES (?, ?, ?, ?)")
        let rule = SurvivorRule()
        for (index, ids) in clusters.enumerated() {
            if index % 10_000 == 0 { progress(index) }
            CrashPoint.pass("dedupe-cluster")
            let number = Int64(index + 1)
            let members = try ids.map { try load($0, member) }
            let choice = rule.choose(members)
            let merged = merge.merge(members, survivor: choice.index)
            let municipalities = Set(members.map(\.municipality))
            let within = municipalities.count < members.count
            try insertCluster.run([.int(number), .int(choice.id), .text(choice.reason), .int(Int64(members.count)),
                                   .int(within ? 1 : 0), .blob(RecordCodec.encode(merged.record))])
            for lack in merged.lacks + merged.droppedLinks {
                try insertLack.run([.int(number), .int(lack.memberID), .text(lack.tag), .text(lack.text)])
            }
            summary.lacks += merged.lacks.count
            summary.droppedLinks += merged.droppedLinks.count
            let survivor = members[choice.index]
            try csv.write(CSV.line([String(number), survivor.provenance, choice.reason, members.map(\.provenance).joined(separator: "; "),
                                    municipalities.sorted().joined(separator: "; "), within ? "yes" : "", String(merged.lacks.count),
                                    survivor.record.firstValue("245", "a") ?? ""]))
        }
        try csv.close()
        return summary
    }

    private func load(_ id: Int64, _ select: Statement) throws -> MergeMember {
        defer { select.reset() }
        select.bind(Int(id), at: 1)
        guard try select.step(), let bytes = select.blob(3) else { throw PipelineError.damagedWorkspace("record \(id) is missing") }
        let copies = select.int(4) ?? 0
        return MergeMember(id: id, municipality: select.text(0) ?? "", system: select.text(1) ?? "", localID: select.text(2) ?? "",
                           record: try RecordCodec.decode(bytes), copies: copies, allCopiesOrdered: copies > 0 && select.int(5) == copies)
    }
}
