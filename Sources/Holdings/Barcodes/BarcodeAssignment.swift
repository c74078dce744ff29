import MARC

/// Chooses every copy's Koha barcode (952 $p) for the whole consortium, so that no two copies share one, none
/// equals a patron card, and none is over 20 characters; every change is listed with its reason and every copy
/// that needs a new label is on its branch's relabel list.
///
/// In order: each copy's barcode is its primary label (else the first label in `BarcodeLabel.stableOrder`),
/// blank labels ignored, spaces and configured check characters trimmed (`PreparedCopy`); collisions are found
/// among all copies and patron cards (`BarcodeCollisions`); the policy decides for the colliding copies only,
/// in the stable order (municipality, then item id with numbers by value). Copies without conflicts keep their
/// barcode as normalised. The result is the same whatever order the candidates, their labels and the patron
/// cards come in.
public enum BarcodeAssignment {
    public static func assign(candidates: [BarcodeCandidate], patrons: [PatronBarcode],
                              policy: BarcodePolicy) -> BarcodeAssignmentResult {
        var findings: [Finding] = []
        let copies = candidates.sorted(by: BarcodeCandidate.stableOrder)
            .map { PreparedCopy($0, policy: policy, findings: &findings) }
        let patrons = patrons.sorted { ($0.municipality, $0.barcode) < ($1.municipality, $1.barcode) }
        let collisions = BarcodeCollisions(copies, patrons: patrons, findings: &findings)
        var registry = BarcodeRegistry(copies, patrons: patrons)
        let decisions: [Int: BarcodeDecision]
        switch policy.resolution {
        case .prefix:
            findings += sharedAffixes(copies, policy: policy)
            decisions = affix(copies, collisions, policy: policy, prefixing: true, registry: &registry)
        case .suffix:
            findings += sharedAffixes(copies, policy: policy)
            decisions = affix(copies, collisions, policy: policy, prefixing: false, registry: &registry)
        case .keepFirst: decisions = keepFirst(copies, collisions)
        case .reject: decisions = reject(copies, collisions)
        }
        return BarcodeAssignmentResult(copies, collisions, decisions, findings: findings)
    }

    /// Municipalities given the same affix (by the map or by default) cannot be told apart by it.
    static func sharedAffixes(_ copies: [PreparedCopy], policy: BarcodePolicy) -> [Finding] {
        var byAffix: [String: Set<String>] = [:]
        for copy in copies {
            if let affix = policy.affix(for: copy.item.municipality) { byAffix[affix, default: []].insert(copy.item.municipality) }
        }
        return byAffix.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { affix, municipalities in
            let names = BarcodeCollisions.list(municipalities.sorted(by: NaturalOrder.less), limit: 10)
            let message = "\(names) share the affix '\(affix)'; their colliding copies may need fallbacks: "
                + "give each its own in the policy"
            return Finding(.warning, "barcode.shared-affix", message)
        }
    }
}
