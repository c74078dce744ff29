/// Makes the consortium a chunk of works at a time: each chunk's records and items for every municipality,
/// with barcode collisions between items of the chunk and patron barcodes that collide with some of them.
struct ChunkBuilder {
    struct Chunk {
        /// Per municipality, in catalogue order.
        var records: [[PendingRecord]]
        var patrons: [[(id: Int, barcode: String)]]
    }

    let seed: UInt64
    let municipalities: [Municipality]
    let model: CatalogueModel
    private var recordsLeft: Int
    private(set) var worksMade = 0
    private(set) var editionsMade = 0
    private var chunkNumber = 0
    private var nextRecordID: [Int]
    private var nextItemID: [Int]
    private var barcodeSequence: [Int]
    private var nextBorrowerID: [Int]
    private let numbers: [Int]

    init(seed: UInt64, municipalities: [Municipality], records: Int) {
        self.seed = seed
        self.municipalities = municipalities
        model = CatalogueModel(seed: seed, municipalities: municipalities)
        recordsLeft = records
        numbers = municipalities.map { Municipality.all.firstIndex(of: $0)! }
        nextRecordID = numbers.map { 10_000 + $0 * 1_000 }
        nextItemID = numbers.map { 100_000 + $0 * 10_000 }
        barcodeSequence = numbers.map { 1_000 + $0 * 100 }
        nextBorrowerID = numbers.map { 5_000 + $0 * 10 }
    }

    mutating func next() -> Chunk? {
        guard recordsLeft > 0 else { return nil }
        chunkNumber += 1
        var chunk = Chunk(records: Array(repeating: [], count: municipalities.count),
                          patrons: Array(repeating: [], count: municipalities.count))
        for _ in 0..<FixtureGenerator.worksPerChunk where recordsLeft > 0 {
            let work = Work(id: worksMade, seed: seed, municipalities: municipalities)
            worksMade += 1
            let editions = model.editions(of: work, firstID: editionsMade)
            editionsMade += editions.count
            for edition in editions {
                for holder in model.holders(of: edition) where recordsLeft > 0 {
                    var rng = SplitMix64(seed, 4, UInt64(edition.id) << 4 | UInt64(holder))
                    let copies = rng.chance(0.01) ? 2 : 1
                    for copy in 0..<copies where recordsLeft > 0 {
                        chunk.records[holder].append(makeRecord(edition, holder: holder, duplicate: copy > 0, rng: &rng))
                        recordsLeft -= 1
                    }
                }
            }
        }
        var rng = SplitMix64(seed, 5, UInt64(chunkNumber))
        collide(&chunk, rng: &rng)
        return chunk
    }

    private func naturalBarcode(_ municipality: Int, _ sequence: Int) -> String {
        "\(201 + numbers[municipality])\(pad(sequence, 9))"
    }

    private mutating func makeRecord(_ edition: Edition, holder: Int, duplicate: Bool, rng: inout SplitMix64) -> PendingRecord {
        let municipality = municipalities[holder]
        nextRecordID[holder] += 1 + (rng.chance(0.1) ? rng.int(1, 6) : 0)
        let recordID = nextRecordID[holder]
        let iso = !municipality.lineCatalogue
        let fileText: RecordText = municipality.lineCatalogue ? .latin1 : .utf8
        var variation = CatalogueVariation.draw(&rng, fileText: fileText, allowMARC8: iso)
        variation.duplicateInCatalogue = duplicate
        variation.noCatMatch = municipality.system == .libra && rng.chance(0.03)
        let catalogued = min(FixedCalendar.exportDay - 30, FixedCalendar.day(edition.year, 1, 1) + rng.int(0, 400))
        var record = PendingRecord(edition: edition, variation: variation, recordID: recordID, catalogued: catalogued)
        let brokenDraw = rng.unit()
        if iso && brokenDraw < 0.0015 {
            record.broken = .truncated
        } else if iso && brokenDraw < 0.003 {
            record.broken = .wrongLength
        } else if brokenDraw < 0.0045 {
            record.broken = .undecodableByte
            if record.variation.text != .utf8 && record.variation.text != .utf8NFD { record.variation.text = .utf8 }
        }
        guard record.broken != .truncated else { return record }  // an unreadable record's copies are left out
        let count = model.copyCount(edition, municipality: holder, rng: &rng)
        for _ in 0..<count {
            nextItemID[holder] += 1 + (rng.chance(0.05) ? rng.int(1, 20) : 0)
            barcodeSequence[holder] += 1
            var item = model.item(edition, municipality: holder, rng: &rng, itemID: nextItemID[holder], recordID: recordID,
                                  catalogued: catalogued, barcode: naturalBarcode(holder, barcodeSequence[holder]))
            if rng.chance(municipality.system == .libra ? 0.05 : 0.1) {
                barcodeSequence[holder] += 1
                item.secondLabel = municipality.system == .libra
                    ? naturalBarcode(holder, barcodeSequence[holder])
                    : "E0040100\(pad(item.itemID, 8))"
            }
            let brokenDraw = rng.unit()
            if brokenDraw < 0.001 { item.broken = .wrongColumnCount }
            else if brokenDraw < 0.002 { item.broken = .unparsableDate }
            else if brokenDraw < 0.003 {
                item.broken = .missingRecord
                item.recordID = 9_000_000 + item.itemID
                item.editionID = nil
            }
            record.items.append(item)
        }
        return record
    }

    /// Barcode collisions: between municipalities (one item takes another's barcode; both truth rows name the
    /// other), and with patron barcodes of the same Libra municipality.
    private mutating func collide(_ chunk: inout Chunk, rng: inout SplitMix64) {
        var all: [(m: Int, r: Int, i: Int)] = []
        for m in chunk.records.indices {
            for r in chunk.records[m].indices {
                for i in chunk.records[m][r].items.indices where chunk.records[m][r].items[i].broken == nil {
                    all.append((m, r, i))
                }
            }
        }
        guard municipalities.count > 1, !all.isEmpty else { return }
        for source in all where rng.chance(0.002) {
            for _ in 0..<5 {
                let target = all[rng.int(all.count)]
                guard target.m != source.m,
                      chunk.records[source.m][source.r].items[source.i].collision == "-",
                      chunk.records[target.m][target.r].items[target.i].collision == "-" else { continue }
                let targetItem = chunk.records[target.m][target.r].items[target.i]
                let sourceID = chunk.records[source.m][source.r].items[source.i].itemID
                chunk.records[source.m][source.r].items[source.i].barcode = targetItem.barcode
                chunk.records[source.m][source.r].items[source.i].collision = "municipality"
                chunk.records[source.m][source.r].items[source.i].collidesWith = "\(municipalities[target.m].code):\(targetItem.itemID)"
                chunk.records[target.m][target.r].items[target.i].collision = "municipality"
                chunk.records[target.m][target.r].items[target.i].collidesWith = "\(municipalities[source.m].code):\(sourceID)"
                break
            }
        }
        for m in municipalities.indices where municipalities[m].system == .libra {
            let own = all.filter { $0.m == m }
            for _ in 0..<max(1, own.count / 15) {
                nextBorrowerID[m] += 1 + rng.int(0, 3)
                var barcode = "9\(pad(numbers[m], 2))\(pad(nextBorrowerID[m], 9))"
                if !own.isEmpty && rng.chance(0.01) {
                    let target = own[rng.int(own.count)]
                    if chunk.records[m][target.r].items[target.i].collision == "-" {
                        barcode = chunk.records[m][target.r].items[target.i].barcode
                        chunk.records[m][target.r].items[target.i].collision = "patron"
                        chunk.records[m][target.r].items[target.i].collidesWith = "patron:\(municipalities[m].code):\(nextBorrowerID[m])"
                    }
                }
                chunk.patrons[m].append((nextBorrowerID[m], barcode))
            }
        }
    }
}
