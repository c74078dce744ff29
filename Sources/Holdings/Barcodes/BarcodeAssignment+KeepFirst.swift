extension BarcodeAssignment {
    /// `keepFirst`: of the copies holding one barcode, the first in the stable order keeps it and the others
    /// lose it. No copy keeps a barcode a patron card has, nor one over 20 characters long.
    static func keepFirst(_ copies: [PreparedCopy], _ collisions: BarcodeCollisions) -> [Int: BarcodeDecision] {
        var decisions: [Int: BarcodeDecision] = [:]
        for (index, copy) in copies.enumerated() where !collisions.conflicts[index].isEmpty {
            guard let value = copy.value else { continue }
            let conflicts = collisions.conflicts[index]
            let why = collisions.words[index]
            let lost: String
            if conflicts.contains(.tooLong) {
                lost = "\(why); it cannot be kept"
            } else if conflicts.contains(.patron) {
                lost = "\(why); the card keeps it"
            } else {
                let holders = collisions.holders[BarcodeText.key(value), default: []]
                let keeper = holders.first { !collisions.conflicts[$0].contains(.tooLong) }
                if keeper == index { continue }
                lost = "\(why); \(copies[keeper!].item) keeps it (first by municipality and item id)"
            }
            let reason = "\(lost); the copy is migrated without a barcode and needs a new label"
            decisions[index] = BarcodeDecision(outcome: .none(reason: reason), kind: .removed, reason: reason, needsRelabel: true)
        }
        return decisions
    }

    /// `reject`: every colliding copy is rejected with its reason.
    static func reject(_ copies: [PreparedCopy], _ collisions: BarcodeCollisions) -> [Int: BarcodeDecision] {
        var decisions: [Int: BarcodeDecision] = [:]
        for index in copies.indices where !collisions.conflicts[index].isEmpty {
            let reason = "\(collisions.words[index]); the copy is rejected until its label is fixed at the source"
            decisions[index] = BarcodeDecision(outcome: .rejected(reason: reason), kind: .rejected, reason: reason, needsRelabel: false)
        }
        return decisions
    }
}
