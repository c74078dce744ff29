extension BarcodeAssignment {
    /// `prefix` and `suffix`: each colliding copy, in the stable order, gets its municipality's affix. When the
    /// affixed barcode is longer than 20 characters or already exists (a collision the policy would create), the
    /// copy gets a fallback instead: the affix around `X` and a six-digit running number (`HJX000001`,
    /// `X000001SK`), counted per affix in the stable order from 1, skipping any number already taken. A copy whose
    /// affix is too long even for that (over 13 characters) is migrated without a barcode.
    static func affix(_ copies: [PreparedCopy], _ collisions: BarcodeCollisions, policy: BarcodePolicy,
                      prefixing: Bool, registry: inout BarcodeRegistry) -> [Int: BarcodeDecision] {
        var decisions: [Int: BarcodeDecision] = [:]
        var counters: [String: Int] = [:]
        let place = prefixing ? "prefix" : "suffix"
        for (index, copy) in copies.enumerated() where !collisions.conflicts[index].isEmpty {
            guard let value = copy.value, let affix = policy.affix(for: copy.item.municipality) else { continue }
            let attach = { (core: String) in prefixing ? affix + core : core + affix }
            let why = collisions.words[index]
            let affixed = attach(value)
            let length = BarcodeText.length(affixed)
            let owner = registry.owner(of: affixed)
            if length <= BarcodeText.maximumLength, owner == nil {
                registry.reserve(affixed, owner: "the new barcode of \(copy.item)")
                decisions[index] = BarcodeDecision(outcome: .barcode(affixed), kind: .affixed,
                                                   reason: "\(why); \(place) \(affix) added", needsRelabel: true)
                continue
            }
            let blocked = length > BarcodeText.maximumLength
                ? "\(affixed) would be \(length) characters long, over Koha's \(BarcodeText.maximumLength)"
                : "\(affixed) is already \(owner!)"
            if let generated = nextFallback(attach, counter: &counters[affix + "\u{1}" + place, default: 0], registry: registry) {
                registry.reserve(generated, owner: "the new barcode of \(copy.item)")
                decisions[index] = BarcodeDecision(outcome: .barcode(generated), kind: .fallback,
                                                   reason: "\(why); \(blocked), so it gets the fallback \(generated)",
                                                   needsRelabel: true, isFallback: true)
            } else {
                let reason = "\(why); \(blocked), and the \(place) \(affix) is too long for a fallback"
                decisions[index] = BarcodeDecision(outcome: .none(reason: reason), kind: .removed, reason: reason,
                                                   needsRelabel: true, isFallback: true)
            }
        }
        return decisions
    }

    /// The next free fallback for one affix, or nil when the affix leaves no room for one.
    private static func nextFallback(_ attach: (String) -> String, counter: inout Int,
                                     registry: BarcodeRegistry) -> String? {
        while true {
            counter += 1
            let number = String(counter)
            let candidate = attach("X" + String(repeating: "0", count: max(0, 6 - number.count)) + number)
            if BarcodeText.length(candidate) > BarcodeText.maximumLength { return nil }
            if registry.owner(of: candidate) == nil { return candidate }
        }
    }
}
