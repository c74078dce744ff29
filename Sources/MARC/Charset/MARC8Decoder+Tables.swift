import CMARC8Tables

/// The ISO 2022 final bytes of the MARC-8 character sets.
enum Charset {
    static let eacc: UInt8 = 0x31
    static let basicLatin: UInt8 = 0x42
    static let ansel: UInt8 = 0x45
    static let greekSymbols: UInt8 = 0x67
    static let subscripts: UInt8 = 0x62
    static let superscripts: UInt8 = 0x70
}

extension MARC8Decoder {
    /// `row` for EACC, the one multibyte set, which `samkat_marc8_lookup` serves directly.
    static let eaccRow = -2
    /// `row` for a final byte that names no MARC-8 set.
    static let unknownRow = -1
    static let anselRow = Int(Charset.ansel) << 7
    static let basicLatinRow = Int(Charset.basicLatin) << 7

    /// Every one-byte set as 128 entries indexed by `final << 7 | code & 0x7F`: the table the decoding
    /// loop reads (64 KiB, of which ASCII and ANSEL are the hot 1 KiB). Values as `samkat_marc8_lookup`
    /// returns them: the scalar, bit 31 for a combining mark, 0 for unmapped.
    static let singleByteTable: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 128 * 128)
        for final in 0x30..<0x7F where UInt8(final) != Charset.eacc {
            for code in 0..<128 { table[final << 7 | code] = samkat_marc8_lookup(UInt8(final), UInt32(code)) }
        }
        return table
    }()

    /// For each final byte, whether the generated tables hold a one-byte set for it.
    static let knownSingleByteSets: [Bool] = (0..<128).map { final in
        final != Int(Charset.eacc) && singleByteTable[(final << 7)..<((final + 1) << 7)].contains { $0 != 0 }
    }

    /// Where the set with this final byte starts in `singleByteTable`, or `eaccRow` / `unknownRow`.
    static func row(_ final: UInt8) -> Int {
        if final == Charset.eacc { return eaccRow }
        return final < 0x80 && knownSingleByteSets[Int(final)] ? Int(final) << 7 : unknownRow
    }
}

/// Writes scalars as UTF-8 and moves combining marks behind their base: a mark is written where it comes,
/// and the next base character is slid in front of the marks written since the last base.
struct ScalarWriter {
    let output: UnsafeMutablePointer<UInt8>
    private(set) var length = 0
    /// Where the marks waiting for a base begin in `output`, or -1.
    private var marksStart = -1
    /// A first half of a double diacritic (ANSEL EB, FA) was written and its second half (EC, FB) not yet
    /// met: that second half then writes nothing, since U+0360/U+0361 already span both letters.
    private var openDoubleDiacritic = false

    init(output: UnsafeMutablePointer<UInt8>) { self.output = output }

    /// A table value: scalar with bit 31 set for a combining mark.
    @inline(__always)
    mutating func emit(_ value: UInt32) {
        if value & 0x8000_0000 == 0 { base(value) } else { mark(value & 0x7FFF_FFFF) }
    }

    @inline(__always)
    mutating func base(_ scalar: UInt32) {
        guard marksStart >= 0 else { return write(scalar) }
        let marksEnd = length
        write(scalar)
        let baseLength = length - marksEnd
        // Rotate [marksStart, length) so the base's bytes (at most 4) come first; the marks are a few bytes.
        var saved: UInt32 = 0
        for j in 0..<baseLength { saved |= UInt32(output[marksEnd + j]) << (8 * j) }
        var k = marksEnd - 1
        while k >= marksStart {
            output[k + baseLength] = output[k]
            k -= 1
        }
        for j in 0..<baseLength { output[marksStart + j] = UInt8(truncatingIfNeeded: saved >> (8 * j)) }
        marksStart = -1
    }

    mutating func mark(_ scalar: UInt32) {
        switch scalar {
        case 0xFE21, 0xFE23:  // second half of a double diacritic
            if openDoubleDiacritic {
                openDoubleDiacritic = false
                return
            }
        case 0x0360, 0x0361: openDoubleDiacritic = true
        default: break
        }
        if marksStart < 0 { marksStart = length }
        write(scalar)
    }

    @inline(__always)
    private mutating func write(_ scalar: UInt32) {
        let out = output + length
        if scalar < 0x80 {
            out[0] = UInt8(truncatingIfNeeded: scalar)
            length += 1
        } else if scalar < 0x800 {
            out[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            length += 2
        } else if scalar < 0x10000 {
            out[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            length += 3
        } else {
            out[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            out[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            out[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            out[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            length += 4
        }
    }
}
