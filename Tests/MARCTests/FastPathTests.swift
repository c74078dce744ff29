import Testing
@testable import MARC

/// The fast paths must agree exactly with the plain implementations they stand in for.
@Suite struct FastPathTests {
    @Test func nfcCacheMatchesNFC() {
        let samples = [
            "Que\u{301}bec", "e\u{323}\u{302}", "e\u{302}\u{323}", "A\u{30A}\u{301}", "Sjo\u{308}berg, A\u{308}",
            "\u{301}a", "и\u{306}", "x\u{344}y", "a\u{300}\u{301}\u{302}\u{303}", "ü and u\u{308}", "日本語 ka\u{301}",
            "plain ASCII", "", "t\u{361}s", "C\u{332}a\u{332}l\u{332}l\u{332}", "\u{1E9B}\u{323}", "Å\u{301}",
        ]
        var cache = NFCCache()
        for _ in 0..<2 {  // the second round comes from the cache
            for sample in samples {
                let normalized = Array(sample.utf8).withUnsafeBufferPointer { cache.normalize($0) }
                #expect(Array(normalized.utf8) == Array(NFC.normalize(sample).utf8), "\(sample.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func utf8ShapeAgreesWithTheCensus() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x41, 0x80, 0xBF, 0xC0, 0xC2, 0xCC, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF]
        for _ in 0..<5000 {
            let count = Int.random(in: 0..<20, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            bytes.withUnsafeBufferPointer { buffer in
                let shape = UTF8Text.shape(buffer)
                #expect(shape.wellFormed == (UTF8Text.census(buffer).malformed == 0), "\(bytes)")
                if shape.wellFormed {
                    #expect(shape.triviallyNormalized == NFC.isTriviallyNormalized(bytes))
                }
            }
        }
    }

    @Test func byteScanFindsTheFirstHighByteOrEscape() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<40, using: &generator)
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<30, using: &generator) == 0 ? [0x1B, 0x80, 0xFF].randomElement(using: &generator)! : UInt8.random(in: 0..<0x80, using: &generator)
            }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteScan.firstHighOr(0x1B, in: buffer) == bytes.firstIndex { $0 >= 0x80 || $0 == 0x1B })
                #expect(ByteScan.count(0x1B, in: buffer, from: 1) == bytes.dropFirst().filter { $0 == 0x1B }.count)
            }
        }
    }
}
