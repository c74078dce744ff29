import Foundation
import Holdings
import Testing

/// What every result must hold, whatever the policy: no two copies share a barcode (compared as Koha does), none
/// is over 20 characters or equals a patron card, copies without conflicts keep their normalised barcode, the
/// counts balance and the relabel lists are the changes that need a label, per branch in order.
func expectInvariants(_ result: BarcodeAssignmentResult, patrons: [PatronBarcode] = Consortium.patrons,
                      sourceLocation: SourceLocation = #_sourceLocation) {
    let barcodes = result.items.compactMap(\.barcode)
    let keys = barcodes.map { $0.uppercased() }
    #expect(Set(keys).count == keys.count, "two copies share a barcode", sourceLocation: sourceLocation)
    #expect(barcodes.allSatisfy { $0.unicodeScalars.count <= 20 }, "a barcode is over 20 characters", sourceLocation: sourceLocation)
    let cards = Set(patrons.map { $0.barcode.trimmingCharacters(in: .whitespaces).uppercased() })
    #expect(keys.allSatisfy { !cards.contains($0) }, "a copy has a patron card's barcode", sourceLocation: sourceLocation)
    for item in result.items where item.conflicts.isEmpty && !item.isRejected {
        // Untouched but for trimming: spaces around, check characters at the end.
        let exported = item.exported?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect((item.barcode == nil) == (exported == nil), "\(item.item) lost its barcode without a conflict", sourceLocation: sourceLocation)
        if let exported, let barcode = item.barcode {
            #expect(exported.hasPrefix(barcode), "\(item.item) was changed without a conflict", sourceLocation: sourceLocation)
        }
    }
    let c = result.counts
    #expect(c.items == c.keptAsExported + c.normalised + c.newBarcode + c.withoutBarcode + c.rejected, sourceLocation: sourceLocation)
    #expect(c.relabel == result.relabel.map(\.changes.count).reduce(0, +), sourceLocation: sourceLocation)
    #expect(result.relabel.map(\.branch) == result.relabel.map(\.branch).sorted(), sourceLocation: sourceLocation)
    #expect(result.relabel.flatMap(\.changes).sorted { $0.item < $1.item } == result.changes.filter(\.needsRelabel),
            sourceLocation: sourceLocation)
    #expect(result.items.map(\.item) == result.items.map(\.item).sorted(), sourceLocation: sourceLocation)
}

/// A seeded generator (SplitMix64), so that shuffled tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
