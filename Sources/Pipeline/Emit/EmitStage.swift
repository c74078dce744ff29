import Dedupe
import Exports
import Foundation
import Holdings
import Koha
import MARC
import Reports
import Workspace

/// `samkat emit`: the deduplicated workspace as the catalogue Koha imports, in the output folder.
///
/// 1. Every copy through its municipality's mappings; the barcodes of the copies that migrate through the
///    barcode policy (`BarcodePlan`). A code no mapping covers stops the run with the whole list.
/// 2. Each catalogue unit (a cluster's merged record, or a record nothing matched) with every member's copies
///    as 952s (`KohaItems`; the call number from the copy's own record), through `KohaRecordRules`, the 001
///    made unique and record links pointed at surviving records (`CatalogueIdentifiers`), written by
///    `CatalogueFiles`. A record none of whose copies migrates is not migrated; one that never had copies is.
/// 3. Beside the catalogue (`EmitReports`): the crosswalks, barcode changes and relabel lists, `koha-setup.sql`
///    and its CSVs, and the ledger, which must balance or the run fails.
public struct EmitStage {
    public struct Summary: Sendable {
        public var records = 0
        public var items = 0
        public var files: [String] = []
        public var oversize = 0
        public var barcodeChanges = 0
        public var relabel = 0
        public var ledger = Ledger()
    }

    let batch: BatchFile
    let workspace: Workspace
    /// Called every few thousand copies or records.
    public var progress: (StageProgress) -> Void = { _ in }

    public init(batch: BatchFile, workspace: Workspace) {
        self.batch = batch
        self.workspace = workspace
    }

    public var outputFolder: String { batch.resolve(batch.output) }

    public func run() throws -> Summary {
        let database = workspace.database
        ByteOutput.removeLeftovers(in: outputFolder)
        let settings = try EmitSettings(batch)
        let municipalities = batch.consortium.municipalities.map(\.code)
        let mappers = try ItemMappers(folder: batch.resolve(batch.mappings), municipalities: municipalities, itemTypeOrder: settings.itemTypeOrder)
        let report = { (step: String, done: Int, total: Int?, unit: String) in
            progress(StageProgress(stage: "emit", step: step, done: done, total: total, unit: unit))
        }
        let plan = try BarcodePlan.make(database: database, mappers: mappers, policy: settings.barcodes) { report("copies mapped", $0, $1, "copies") }
        guard plan.unmapped.isEmpty else {
            throw PipelineError.unmappedCodes(plan.unmapped.sorted { $0.key < $1.key }.map { "\($0.key.municipality): \($0.key.code) (\($0.value) copies)" })
        }
        var barcodes: [ItemReference: AssignedBarcode] = [:]
        barcodes.reserveCapacity(plan.assignment.items.count)
        for assigned in plan.assignment.items { barcodes[assigned.item] = assigned }
        let identifiers = try CatalogueIdentifiers.make(database: database, settings: settings)

        var ledger = try Ledger.fromIngest(database)
        let reports = try EmitReports(folder: outputFolder)
        let files = try CatalogueFiles(folder: (outputFolder as NSString).appendingPathComponent("catalogue"), format: settings.format,
                                       recordsPerFile: settings.recordsPerFile)
        let findings = try FindingWriter(database: database, stage: "emit")
        var setup = KohaSetupCollector(mappers: mappers)
        var itemTypeCounts: [String: [String: Int]] = [:]  // municipality → item type → copies emitted
        var summary = Summary()
        let units = Int(try database.scalar("""
            SELECT count(*) - (SELECT count(*) FROM cluster_member) + (SELECT count(*) FROM cluster)
            FROM record JOIN source ON source.id = record.source_id WHERE source.active = 1 AND record.kind = 'bibliographic'
            """) ?? 0)
        var done = 0
        var barcodeGiven = Set<ItemReference>()
        try database.transaction {
            try database.execute("DELETE FROM finding WHERE stage = 'emit'")
            for finding in plan.assignment.findings { try findings.add(finding, sourceID: nil) }
            try CatalogueUnits(database: database).forEach { unit in
                done += 1
                CrashPoint.pass("emit-record")
                if done % 10_000 == 0 { report("records written", done, units, "records") }
                var fields: [Field] = []
                var emittedCopies: [MappedItem] = []
                var outcomes: [(member: CatalogueUnit.Member, item: StoredItem, outcome: Ledger.Column, barcode: String?)] = []
                for member in unit.members {
                    let municipality = member.provenance.municipality
                    for item in member.items {
                        guard let mapped = try? mappers[municipality]?.map(ItemCodes(item), format: member.format).get() else {
                            throw PipelineError.unmappedCodes(["\(municipality): copy \(item.localID) lost its mapping between the two passes"])
                        }
                        if mapped.action == .doNotMigrate {
                            outcomes.append((member, item, .notMigrated, nil))
                            continue
                        }
                        let reference = ItemReference(municipality: municipality, itemID: item.localID)
                        var assigned = barcodes[reference]
                        if !barcodeGiven.insert(reference).inserted, assigned?.barcode != nil {
                            // One copy id on two rows (reported at ingest): only the first row gets the barcode.
                            assigned = nil
                            try findings.add(Finding(.warning, "emit.duplicate-item-id",
                                                     "copy id \(item.localID) is on a second row: that copy is migrated without a barcode; give it a new label",
                                                     at: .row(file: item.file, line: item.line)), sourceID: member.sourceID)
                        }
                        if let assigned, assigned.isRejected {
                            outcomes.append((member, item, .rejected, nil))
                            continue
                        }
                        let callNumber = CallNumberSource.callNumber(for: item, in: member.record, order: settings.callNumbers)
                        let (kohaItem, problems) = KohaItems.item(item, mapped: mapped, barcode: assigned?.barcode, callNumber: callNumber)
                        for problem in problems { try findings.add(problem, sourceID: member.sourceID) }
                        fields.append(kohaItem.field())
                        emittedCopies.append(mapped)
                        outcomes.append((member, item, .emitted, assigned?.barcode))
                    }
                }
                let survivor = unit.members[unit.survivor]
                let hadCopies = unit.members.contains { !$0.items.isEmpty }
                var fate: Ledger.Column = !hadCopies || !fields.isEmpty ? .emitted : .notMigrated
                var record = unit.record
                if fate == .emitted {
                    _ = record.removeFields("952")
                    if unit.cluster == nil { record.addProvenance(survivor.provenance) }
                    let fallback = mappers[survivor.provenance.municipality]?.itemType(forFormat: survivor.format) ?? ""
                    if emittedCopies.isEmpty { setup.useItemType(fallback) }
                    record = settings.rules.apply(to: record, itemTypes: emittedCopies.map(\.itemType), fallbackItemType: fallback).record
                    identifiers.finish(&record, unit: unit)
                    for problem in UsableRecord.problems(&record, unit: unit) { try findings.add(problem.finding, sourceID: survivor.sourceID); if problem.rejects { fate = .rejected } }
                }
                let id = identifiers.id(of: unit)
                for (index, member) in unit.members.enumerated() {
                    let column: Ledger.Column = fate == .emitted && index != unit.survivor ? .merged : fate
                    ledger.add(column, .records, municipality: member.provenance.municipality)
                    try reports.record(member.provenance, outcome: EmitReports.outcome(column), record: fate == .emitted ? id : "")
                }
                for copy in outcomes {
                    // A copy of a rejected record is rejected with it; its own fate otherwise.
                    let column: Ledger.Column = fate == .rejected && copy.outcome == .emitted ? .rejected : copy.outcome
                    ledger.add(column, .items, municipality: copy.member.provenance.municipality, branch: copy.item.homeBranch ?? "")
                    try reports.item(copy.member.provenance.municipality, copy.item, outcome: EmitReports.outcome(column),
                                     barcode: column == .emitted ? copy.barcode : nil, record: fate == .emitted ? id : "")
                }
                guard fate == .emitted else { return }
                for (copy, mapped) in zip(outcomes.filter { $0.outcome == .emitted }, emittedCopies) {
                    setup.use(mapped)
                    itemTypeCounts[copy.member.provenance.municipality, default: [:]][mapped.itemType, default: 0] += 1
                }
                record.fields.append(contentsOf: fields)
                try files.write(record, id: id)
                summary.records += 1
                summary.items += fields.count
            }
            for orphan in try CatalogueIdentifiers.orphanItems(database) {
                ledger.add(.rejected, .items, municipality: orphan.municipality, branch: orphan.item.homeBranch ?? "")
                try reports.item(orphan.municipality, orphan.item, outcome: "rejected", barcode: nil, record: "")
                let record = orphan.item.recordLocalID ?? "(none)"
                try findings.add(Finding(.error, "emit.item-without-record",
                                         "copy \(orphan.item.localID) belongs to record \(record), which is not a bibliographic record of the export: it is not migrated",
                                         at: .row(file: orphan.item.file, line: orphan.item.line)), sourceID: orphan.sourceID)
            }
            for other in try CatalogueIdentifiers.otherRecords(database) {
                try reports.record(other.provenance, outcome: "not-migrated", record: "")
                try findings.add(Finding(.warning, "emit.not-bibliographic",
                                         "\(other.provenance) is a record of kind \(other.kind) (leader/06), not a bibliographic one: it is not migrated",
                                         at: other.location), sourceID: other.sourceID)
            }
        }
        summary.files = try files.finish()
        summary.oversize = files.oversize.count
        try reports.finish(barcodes: plan.assignment, oversize: files.oversize, setup: setup.setup(), ledger: ledger, itemTypes: itemTypeCounts)
        summary.barcodeChanges = plan.assignment.changes.count
        summary.relabel = plan.assignment.counts.relabel
        summary.ledger = ledger
        if let (key, counts) = ledger.unbalanced.first {
            throw PipelineError.ledgerUnbalanced("\(key.entity.rawValue) of \(key.municipality)\(key.branch.isEmpty ? "" : " branch \(key.branch)"): \(counts.read) read but \(counts.accounted) accounted for")
        }
        return summary
    }
}

extension Record {
    /// The 035 every emitted record carries for each record it was made from (a cluster's merge adds them).
    mutating func addProvenance(_ provenance: Provenance) {
        let id = provenance.description
        guard !values("035", "a").contains(id) else { return }
        let index = fields.firstIndex { $0.tag > "035" } ?? fields.endIndex
        fields.insert(Field(tag: "035", subfields: [Subfield("a", id)]), at: index)
    }
}

extension ItemCodes {
    init(_ item: StoredItem) {
        self.init(homeBranch: item.homeBranch, holdingBranch: item.holdingBranch, department: item.department, shelf: item.shelf,
                  status: item.status, loanPeriod: item.loanPeriod, mediaType: item.mediaType, stock: item.stock)
    }
}
