import MARC

extension BarcodeAssignmentResult {
    /// Puts the prepared copies, their collisions and the policy's decisions together into outcomes, changes,
    /// relabel lists and counts, all in the stable order.
    init(_ copies: [PreparedCopy], _ collisions: BarcodeCollisions, _ decisions: [Int: BarcodeDecision], findings: [Finding]) {
        var items: [AssignedBarcode] = []
        var changes: [BarcodeChange] = []
        var counts = BarcodeCounts()
        for (index, copy) in copies.enumerated() {
            let candidate = copy.candidate
            let decision = decisions[index]
            let outcome: AssignedBarcode.Outcome = decision?.outcome
                ?? copy.value.map { .barcode($0) } ?? .none(reason: "the export has no barcode for the copy")
            let conflicts = collisions.conflicts[index]
            items.append(AssignedBarcode(item: copy.item, branch: candidate.branch, exported: copy.chosen?.value,
                                         outcome: outcome, conflicts: conflicts, alternatives: copy.alternatives))
            let change = Self.change(copy, decision)
            if let change { changes.append(change) }

            counts.items += 1
            for conflict in conflicts { counts.conflicts[conflict, default: 0] += 1 }
            if decision?.isFallback == true { counts.fallbacks += 1 }
            if change?.needsRelabel == true { counts.relabel += 1 }
            switch outcome {
            case .rejected: counts.rejected += 1
            case .none: counts.withoutBarcode += 1
            case .barcode(let value) where value == copy.chosen?.value: counts.keptAsExported += 1
            case .barcode: if decision == nil { counts.normalised += 1 } else { counts.newBarcode += 1 }
            }
        }
        let byBranch = Dictionary(grouping: changes.filter(\.needsRelabel), by: \.home)
        self.items = items
        self.changes = changes
        self.relabel = byBranch.keys.sorted().map { RelabelList(branch: $0, changes: byBranch[$0]!) }
        self.findings = findings
        self.counts = counts
    }

    /// The copy's change, if its Koha barcode differs from its label as exported: the normalisation steps and
    /// the policy's decision in words, one after the other.
    private static func change(_ copy: PreparedCopy, _ decision: BarcodeDecision?) -> BarcodeChange? {
        let candidate = copy.candidate
        let make = { (new: String?, kind: BarcodeChange.Kind, reason: String, relabel: Bool) in
            BarcodeChange(municipality: candidate.municipality, itemID: candidate.itemID, branch: candidate.branch,
                          old: copy.chosen?.value, new: new, kind: kind, reason: reason, needsRelabel: relabel)
        }
        let steps = copy.steps.map(\.words)
        guard let chosen = copy.chosen else {
            return make(nil, .missing, "the export has no barcode for the copy (no label, or only blank ones); it needs a label", true)
        }
        if let decision {
            let new: String? = if case .barcode(let value) = decision.outcome { value } else { nil }
            return make(new, decision.kind, (steps + [decision.reason]).joined(separator: "; "), decision.needsRelabel)
        }
        guard let value = copy.value, value != chosen.value, let last = copy.steps.last else { return nil }
        return make(value, last.kind, steps.joined(separator: "; ") + "; the label still scans", false)
    }
}
