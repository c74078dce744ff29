import MARC

/// The fixed-position codes: leader/06-07, 006, 007 and 008 (MARC 21 Bibliographic).
extension FormatClassifier {
    static func readLeader(_ leader: Leader, into evidence: inout Evidence) {
        let type = leader.typeOfRecord
        let cue: FormatCue?, meaning: String
        switch type {
        case 0x61: (cue, meaning) = (.text, "language material")
        case 0x74: (cue, meaning) = (.text, "manuscript language material")
        case 0x63: (cue, meaning) = (.notatedMusic, "notated music")
        case 0x64: (cue, meaning) = (.notatedMusic, "manuscript notated music")
        case 0x65: (cue, meaning) = (.cartographic, "cartographic material")
        case 0x66: (cue, meaning) = (.cartographic, "manuscript cartographic material")
        case 0x67: (cue, meaning) = (.movingImage, "projected medium (film, video)")
        case 0x69: (cue, meaning) = (.spokenWord, "nonmusical sound recording")
        case 0x6A: (cue, meaning) = (.music, "musical sound recording")
        case 0x6B: (cue, meaning) = (.stillImage, "two-dimensional nonprojectable graphic")
        case 0x6D: (cue, meaning) = (.software, "computer file")
        case 0x6F: (cue, meaning) = (.kit, "kit")
        case 0x70: (cue, meaning) = (.mixed, "mixed materials")
        case 0x72: (cue, meaning) = (.object, "three-dimensional artefact or object")
        default: return
        }
        if let cue { evidence.add("leader/06", character(type), cue, .generic, meaning) }
        if leader.bibliographicLevel == 0x73 {
            evidence.add("leader/07", "s", .serialIssuance, .generic, "serial")
        }
    }

    static func read006(_ value: String, into evidence: inout Evidence) {
        let bytes = Array(value.utf8)
        guard let form = bytes.first else { return }
        switch form {
        case 0x6D:  // m: computer file
            evidence.add("006/00", "m", .electronic, .generic, "computer file characteristics")
            if bytes.count > 9, bytes[9] == 0x67 { evidence.add("006/09", "g", .game, .coded, "computer game") }
        case 0x61, 0x74, 0x63, 0x64, 0x69, 0x6A, 0x70, 0x73:
            if bytes.count > 6 { formOfItem(bytes[6], source: "006/06", textual: false, into: &evidence) }
        case 0x65, 0x66, 0x67, 0x6B, 0x6F, 0x72:
            if bytes.count > 12 { formOfItem(bytes[12], source: "006/12", textual: false, into: &evidence) }
        default: return
        }
    }

    static func read008(_ value: String, recordType: UInt8, into evidence: inout Evidence) {
        let bytes = Array(value.utf8)
        switch recordType {
        case 0x61, 0x74, 0x63, 0x64, 0x69, 0x6A, 0x6D, 0x70:  // books, music, serials, computer files, mixed
            if bytes.count > 23 {
                formOfItem(bytes[23], source: "008/23", textual: recordType == 0x61 || recordType == 0x74, into: &evidence)
            }
            if recordType == 0x6D, bytes.count > 26, bytes[26] == 0x67 {
                evidence.add("008/26", "g", .game, .coded, "computer game")
            }
        case 0x65, 0x66, 0x67, 0x6B, 0x6F, 0x72:  // maps and visual materials
            if bytes.count > 29 { formOfItem(bytes[29], source: "008/29", textual: false, into: &evidence) }
            if recordType != 0x65 && recordType != 0x66, bytes.count > 33 {
                switch bytes[33] {
                case 0x67: evidence.add("008/33", "g", .game, .coded, "game")
                case 0x72: evidence.add("008/33", "r", .object, .coded, "realia")
                case 0x76: evidence.add("008/33", "v", .movingImage, .coded, "videorecording")
                case 0x6D: evidence.add("008/33", "m", .movingImage, .coded, "motion picture")
                default: break
                }
            }
        default: return
        }
    }

    /// 008/23, 008/29, 006/06 or 006/12: form of item. A blank means regular print only for text.
    static func formOfItem(_ code: UInt8, source: String, textual: Bool, into evidence: inout Evidence) {
        switch code {
        case 0x20 where textual: evidence.add(source, "#", .regularPrint, .defaulted, "no special form (regular print)")
        case 0x72: evidence.add(source, "r", .regularPrint, .coded, "regular print reproduction")
        case 0x64: evidence.add(source, "d", .largePrint, .coded, "large print")
        case 0x66: evidence.add(source, "f", .braille, .coded, "braille")
        case 0x6F: evidence.add(source, "o", .online, .coded, "online")
        case 0x71: evidence.add(source, "q", .electronic, .coded, "direct electronic")
        case 0x73: evidence.add(source, "s", .electronic, .coded, "electronic")
        case 0x61, 0x62, 0x63: evidence.add(source, character(code), .microform, .coded, "microform")
        default: return
        }
    }

    static func read007(_ value: String, into evidence: inout Evidence) {
        let b = Array(value.utf8)
        guard b.count >= 2 else { return }
        let kind = String(decoding: b[0..<2], as: UTF8.self)
        func at(_ index: Int) -> UInt8 { index < b.count ? b[index] : 0x7C }
        switch b[0] {
        case 0x61: evidence.add("007/00", "a", .cartographic, .physical, "map")
        case 0x63:
            switch b[1] {
            case 0x72: evidence.add("007/00-01", kind, .online, .physical, "remote electronic resource")
            case 0x6F: evidence.add("007/00-01", kind, .computerDisc, .physical, "optical computer disc")
            default: evidence.add("007/00", "c", .electronic, .physical, "electronic resource")
            }
        case 0x66: evidence.add("007/00", "f", .braille, .physical, "tactile material")
        case 0x68: evidence.add("007/00", "h", .microform, .physical, "microform")
        case 0x6B: evidence.add("007/00", "k", .stillImage, .physical, "nonprojected graphic")
        case 0x6D: evidence.add("007/00", "m", .movingImage, .physical, "motion picture")
        case 0x6F: evidence.add("007/00", "o", .kit, .physical, "kit")
        case 0x71: evidence.add("007/00", "q", .notatedMusic, .physical, "notated music")
        case 0x73: read007Sound(b, kind: kind, at: at, into: &evidence)
        case 0x74:
            switch b[1] {
            case 0x61: evidence.add("007/00-01", kind, .printVolume, .physical, "text in regular print")
            case 0x62: evidence.add("007/00-01", kind, .largePrint, .physical, "text in large print")
            case 0x63: evidence.add("007/00-01", kind, .braille, .physical, "text in braille")
            default: return
            }
        case 0x76:
            switch at(4) {
            case 0x62: evidence.add("007/04", "b", .vhs, .physical, "VHS")
            case 0x76: evidence.add("007/04", "v", .dvd, .physical, "DVD")
            case 0x73: evidence.add("007/04", "s", .bluRay, .physical, "Blu-ray")
            default:
                switch b[1] {
                case 0x64: evidence.add("007/00-01", kind, .videodisc, .physical, "videodisc")
                case 0x66: evidence.add("007/00-01", kind, .vhs, .physical, "videocassette")
                default: evidence.add("007/00", "v", .video, .physical, "videorecording")
                }
            }
        default: return
        }
    }

    private static func read007Sound(_ b: [UInt8], kind: String, at: (Int) -> UInt8, into evidence: inout Evidence) {
        switch b[1] {
        case 0x64: evidence.add("007/00-01", kind, .soundDisc, .physical, "sound disc")
        case 0x73: evidence.add("007/00-01", kind, .cassette, .physical, "sound cassette")
        default: evidence.add("007/00", "s", .audio, .physical, "sound recording")
        }
        switch at(3) {
        case 0x62: evidence.add("007/03", "b", .lp, .physical, "33 1/3 rpm (LP)")
        case 0x63: evidence.add("007/03", "c", .lp, .physical, "45 rpm")
        case 0x64: evidence.add("007/03", "d", .lp, .physical, "78 rpm")
        case 0x66: evidence.add("007/03", "f", .compactDisc, .physical, "1.4 m per second (compact disc)")
        default: break
        }
        guard b[1] == 0x64 else { return }  // dimensions below are those of discs
        switch at(6) {
        case 0x67: evidence.add("007/06", "g", .compactDisc, .physical, "4 3/4 in. (CD size)")
        case 0x63: evidence.add("007/06", "c", .lp, .physical, "7 in. disc")
        case 0x64: evidence.add("007/06", "d", .lp, .physical, "10 in. disc")
        case 0x65: evidence.add("007/06", "e", .lp, .physical, "12 in. disc")
        default: break
        }
    }

    static func character(_ byte: UInt8) -> String { String(UnicodeScalar(byte)) }
}
