/// ISO 2022 escape sequences as MARC-8 uses them.
///
/// Technique 1 (one byte after ESC) designates G0: `g` Greek symbols, `b` subscripts, `p` superscripts,
/// `s` back to Basic Latin. Technique 2 designates a set by its final byte F:
/// `ESC ( F` / `ESC , F` to G0, `ESC ) F` / `ESC - F` to G1, and the same after `$` for multibyte sets
/// (`ESC $ F` alone means G0). An `!` intermediate before F (`ESC ( ! E`, `ESC ) ! E`, as some records
/// designate ANSEL) is accepted and ignored. `ESC ( 1` without `$` is taken as EACC, as YAZ does.
extension MARC8Decoder {
    struct Escape {
        /// Bytes the sequence takes, ESC included.
        var length: Int
        /// False for a broken sequence or one naming a set this decoder does not have; the state is unchanged.
        var recognized: Bool
    }

    /// Reads the escape sequence whose ESC is at `start` and applies it to G0 or G1.
    ///
    /// A complete sequence naming an unknown set is consumed whole and not applied (YAZ applies it, and every
    /// character after it is then lost). A broken one — ESC followed by something that does not continue a
    /// sequence, or cut off by the end of the input — consumes ESC and the intermediate bytes it did read,
    /// so the text after it decodes as text with the sets that were in force.
    mutating func parseEscape(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Escape {
        var i = start + 1
        guard i < bytes.count else { return Escape(length: 1, recognized: false) }
        switch bytes[i] {
        case Charset.greekSymbols, Charset.subscripts, Charset.superscripts:
            g0 = bytes[i]
            return Escape(length: 2, recognized: true)
        case UInt8(ascii: "s"):
            g0 = Charset.basicLatin
            return Escape(length: 2, recognized: true)
        default: break
        }
        let multibyte = bytes[i] == UInt8(ascii: "$")
        if multibyte { i += 1 }
        var toG1 = false
        if i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "("), UInt8(ascii: ","): i += 1
            case UInt8(ascii: ")"), UInt8(ascii: "-"):
                toG1 = true
                i += 1
            default:
                if !multibyte { return Escape(length: 1, recognized: false) }  // `ESC $ F` means G0
            }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "!") { i += 1 }
        guard i < bytes.count, (0x30...0x7E).contains(bytes[i]) else {
            return Escape(length: i - start, recognized: false)
        }
        let final = bytes[i]
        let length = i + 1 - start
        // EACC is the only multibyte set MARC-8 has; a multibyte designation of anything else is unknown.
        guard Self.row(final) != Self.unknownRow, !multibyte || final == Charset.eacc else {
            return Escape(length: length, recognized: false)
        }
        if toG1 { g1 = final } else { g0 = final }
        return Escape(length: length, recognized: true)
    }
}
