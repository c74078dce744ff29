import Testing
@testable import MARC

@Suite struct PrefetchingReaderTests {
    /// 1,000 records with an unreadable one after every hundredth.
    let records: [UInt8] = (1...1000).flatMap { (number: Int) -> [UInt8] in
        let garbage: [UInt8] = number % 100 == 0 ? Array("00042xx".utf8) + [0x1D] : []
        return iso2709([("001", Array("rec\(number)".utf8))]) + garbage
    }

    @Test(arguments: [1, 7, 256])
    func givesTheSameResultsInTheSameOrder(batchSize: Int) throws {
        let direct = try readISO2709(records)
        var prefetching = PrefetchingReader(ISO2709Reader(source: MemoryInput(records, name: "test.mrc", chunkSize: 999)), batchSize: batchSize, depth: 2)
        let prefetched = try prefetching.readAll()
        #expect(prefetched.count == 1010)
        #expect(prefetched.map { $0.read?.record } == direct.map { $0.read?.record })
        #expect(prefetched.map { $0.unreadable?.location } == direct.map { $0.unreadable?.location })
    }

    struct FailingReader: RecordReader {
        var left = 3
        mutating func next() throws -> RecordResult? {
            guard left > 0 else { throw MARCError.readFailed(path: "x", reason: "disk gone") }
            left -= 1
            return .failure(UnreadableRecord(location: RecordLocation(file: "x", recordNumber: 3 - left, byteOffset: 0), reason: "r", rawBytes: []))
        }
    }

    @Test func anInputErrorArrivesAfterWhatWasRead() throws {
        let reader = PrefetchingReader(FailingReader(), batchSize: 2)
        var seen = 0
        #expect(throws: MARCError.readFailed(path: "x", reason: "disk gone")) {
            while try reader.next() != nil { seen += 1 }
        }
        #expect(seen == 3)
    }

    @Test func droppingTheReaderEarlyDoesNotHang() throws {
        for _ in 0..<20 {
            let reader = PrefetchingReader(ISO2709Reader(source: MemoryInput(records)), batchSize: 1, depth: 1)
            _ = try reader.next()
        }
    }
}
