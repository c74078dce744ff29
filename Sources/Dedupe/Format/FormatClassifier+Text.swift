import MARC

/// The worded evidence: 020 qualifiers, 245 $h, 250 large-print editions, 300 extent. One vocabulary of Swedish and English terms,
/// read word by word so that "storpocket" (a large paperback) is never "storstil" (large print).
extension FormatClassifier {
    static func read020(_ field: Field, into evidence: inout Evidence) {
        for subfield in field.subfields where subfield.code == 0x71 || subfield.code == 0x61 {  // $q, $a
            let source = subfield.code == 0x71 ? "020 $q" : "020 $a"
            terms(subfield.value, source: source, weight: .coded, context: .qualifier, into: &evidence)
        }
    }

    /// BOOK-IT keeps the ISBN and its qualifier in 350 $c (and $q).
    static func read350(_ field: Field, into evidence: inout Evidence) {
        for subfield in field.subfields where subfield.code == 0x71 || subfield.code == 0x63 {  // $q, $c
            let source = subfield.code == 0x71 ? "350 $q" : "350 $c"
            terms(subfield.value, source: source, weight: .coded, context: .qualifier, into: &evidence)
        }
    }

    static func read245(_ field: Field, into evidence: inout Evidence) {
        for subfield in field.subfields where subfield.code == 0x68 {  // $h general material designation
            terms(subfield.value, source: "245 $h", weight: .coded, context: .designation, into: &evidence)
        }
    }

    /// Only one thing in an edition statement names a format: a large-print edition ("Storstilsutg.",
    /// "Storstil", "Large print ed."). Everything else there is about the text, not the carrier.
    static func read250(_ field: Field, into evidence: inout Evidence) {
        for subfield in field.subfields where subfield.code == 0x61 {  // $a
            let words = subfield.value.lowercased().split { !$0.isLetter }
            let largePrint = words.contains { $0.hasPrefix("storstil") }
                || zip(words, words.dropFirst()).contains { $0 == "large" && $1 == "print" }
            if largePrint { evidence.add("250 $a", subfield.value, .largePrint, .coded, "large-print edition") }
        }
    }

    static func read300(_ field: Field, into evidence: inout Evidence) {
        for subfield in field.subfields {
            switch subfield.code {
            case 0x61: terms(subfield.value, source: "300 $a", weight: .physical, context: .extent, into: &evidence)
            // Accompanying material describes something else (a book with a CD): noted, never decisive.
            case 0x65: terms(subfield.value, source: "300 $e", weight: .defaulted, context: .extent, into: &evidence)
            default: continue
            }
        }
    }

    enum TermContext { case qualifier, designation, extent }

    /// Every format term in `value`, as evidence from `source`.
    static func terms(_ value: String, source: String, weight: EvidenceWeight, context: TermContext, into evidence: inout Evidence) {
        let w = FormatWords(value)
        func add(_ cue: FormatCue, _ meaning: String = "") { evidence.add(source, value, cue, weight, meaning) }
        for i in 0..<w.count {
            let word = w.word(i)
            guard let first = word.first else { continue }
            switch first {
            case 0x61:  // a
                if w.is(i, "audiobook") || w.is(i, "audiobooks") { add(.spokenWord, "audiobook") }
                if w.is(i, "audio") && (w.starts(i + 1, "disc") || w.is(i + 1, "cd")) { add(.soundDisc, "audio disc") }
                if w.is(i, "audiocassette") || w.is(i, "audiocassettes") { add(.cassette) }
            case 0x62:  // b
                if w.is(i, "blu") || w.is(i, "bluray") { add(.bluRay) }
                if w.is(i, "braille") { add(.braille) }
                if context == .extent, w.is(i, "band") || w.is(i, "bd"), w.isNumber(i - 1) { add(.printVolume, "volumes") }
                if context == .extent, w.starts(i, "brädspel") { add(.game, "board game") }
            case 0x63:  // c
                if w.is(i, "cd") {
                    if w.is(i + 1, "rom") { add(.computerDisc, "CD-ROM") } else { add(.audioCD) }
                }
                if w.is(i, "cassette") || w.is(i, "cassettes") { add(w.is(i - 1, "video") ? .vhs : .cassette) }
                if w.is(i, "computer") && w.starts(i + 1, "disc") { add(.computerDisc) }
                if w.is(i, "cartographic") { add(.cartographic) }
            case 0x64:  // d
                if w.is(i, "daisy") { add(.daisy) }
                if w.starts(i, "dvd") { add(.dvd) }
                if w.starts(i, "datorskiv") { add(.computerDisc) }
            case 0x65:  // e
                if w.is(i, "e") {
                    if w.starts(i + 1, "bok") || w.starts(i + 1, "böck") || w.is(i + 1, "book") { add(.online, "e-book"); add(.text, "e-book") }
                    if w.starts(i + 1, "ljudb") || w.starts(i + 1, "audio") { add(.online, "e-audiobook"); add(.spokenWord, "e-audiobook") }
                }
                if w.is(i, "ebok") || w.is(i, "ebook") || w.is(i, "epub") { add(.online, "e-book"); add(.text, "e-book") }
                if w.starts(i, "eljudb") { add(.online, "e-audiobook"); add(.spokenWord, "e-audiobook") }
                if w.is(i, "elektronisk") || w.is(i, "electronic") { add(.electronic) }
            case 0x67:  // g
                if w.starts(i, "grammofonskiv") { add(.lp, "gramophone record") }
                if context != .qualifier, w.is(i, "game") || w.is(i, "games") { add(.game) }
            case 0x68:  // h
                if context == .qualifier, w.is(i, "hft") || w.is(i, "häft") || w.is(i, "hardback") || w.is(i, "hardcover") || w.is(i, "hbk") {
                    add(.printVolume, "printed book")
                }
            case 0x69:  // i
                if context == .qualifier, w.is(i, "inb") || w.is(i, "inbunden") { add(.printVolume, "bound book") }
            case 0x6B:  // k
                if context == .qualifier, w.is(i, "kartonnage") || w.is(i, "kart") { add(.printVolume, "printed book") }
                if context != .qualifier, w.is(i, "karta") || w.is(i, "kartor") || w.starts(i, "kartografisk") { add(.cartographic) }
                if w.ends(i, "kassett") || w.ends(i, "kassetter") { add(w.starts(i, "video") ? .vhs : .cassette) }
                if context != .qualifier, w.is(i, "kortspel") { add(.game) }
            case 0x6C:  // l
                if w.starts(i, "ljudb") { add(.spokenWord, "audiobook") }
                if w.starts(i, "ljudskiv") { add(.soundDisc) }
                if w.starts(i, "ljudkassett") { add(.cassette) }
                if w.starts(i, "ljudupptagning") { add(.audio) }
                if w.is(i, "lp") { add(.lp) }
                if w.is(i, "large") && w.is(i + 1, "print") { add(.largePrint) }
                if context == .extent, w.is(i, "leaves") && w.isNumber(i - 1) { add(.printVolume, "leaves") }
            case 0x6D:  // m
                if w.starts(i, "mp3") { add(.mp3) }
                // In an extent, maps are the carrier only at its head ("1 map", "3 maps on 1 sheet"); later they
                // are illustrations ("xxii, 193 p. incl. maps").
                if w.is(i, "map") || w.is(i, "maps"), context != .extent || i == 0 || (i == 1 && w.isNumber(0)) { add(.cartographic) }
                if w.is(i, "musiktryck") || (context == .designation && w.is(i, "music")) { add(.notatedMusic, "printed music") }
                if w.starts(i, "mikrof") || w.starts(i, "microf") { add(.microform) }
            case 0x6E:  // n
                if context == .extent, w.is(i, "noter") { add(.notatedMusic, "printed music") }
            case 0x6F:  // o
                if w.starts(i, "onlineresurs") || (w.is(i, "online") && w.starts(i + 1, "resource")) { add(.online) }
            case 0x70:  // p
                if context == .qualifier, w.is(i, "pocket") || w.is(i, "storpocket") || w.is(i, "paperback") || w.is(i, "pbk") {
                    add(.printVolume, "paperback")
                }
                if context == .extent, w.is(i, "p") || w.is(i, "pages") || w.is(i, "pp"), w.isNumber(i - 1) || w.is(i - 1, "unpaged") {
                    add(.printVolume, "pages")
                }
                if w.is(i, "partitur") { add(.notatedMusic, "score") }
                if w.is(i, "punktskrift") { add(.braille) }
                if w.is(i, "pdf") { add(.electronic, "PDF file") }
            case 0x72:  // r
                if w.is(i, "rpm"), w.is(i - 1, "33") || w.is(i - 1, "3") || w.is(i - 1, "45") || w.is(i - 1, "78") { add(.lp, "vinyl speed") }
            case 0x73:  // s
                if context == .extent, w.is(i, "s") || w.is(i, "sidor"), w.isNumber(i - 1) { add(.printVolume, "pages") }
                if w.is(i, "sound") && (w.starts(i + 1, "disc")) { add(.soundDisc) }
                if w.is(i, "sound") && w.starts(i + 1, "recording") { add(.audio) }
                if w.is(i, "storstil") || w.is(i, "storstilsutg") { add(.largePrint) }
                if context != .qualifier, w.ends(i, "spel"), !w.is(i, "skådespel") { add(.game) }
                if context == .extent, w.is(i, "score") { add(.notatedMusic, "score") }
            case 0x74:  // t
                if w.starts(i, "talb") { add(.daisy, "talking book") }
                if w.is(i, "text") && context == .designation { add(.text) }
            case 0x76:  // v
                if w.starts(i, "videoskiv") || w.starts(i, "videodisc") { add(.videodisc) }
                if w.starts(i, "videokassett") || w.starts(i, "videocassette") || w.is(i, "vhs") { add(.vhs) }
                if w.starts(i, "videoupptagning") || w.starts(i, "videorecording") { add(.video) }
                if w.is(i, "vinyl") { add(.lp) }
                if context == .extent, w.is(i, "v") || w.is(i, "vol") || w.starts(i, "volym"), w.isNumber(i - 1) { add(.printVolume, "volumes") }
            default: continue
            }
        }
    }
}
