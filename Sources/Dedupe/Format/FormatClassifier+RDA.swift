import MARC

/// RDA content (336), media (337) and carrier (338) types, by code in $b or by term in $a (English or Swedish).
extension FormatClassifier {
    static func readRDA(_ field: Field, into evidence: inout Evidence) {
        let tag = field.tag.description
        let weight: EvidenceWeight = field.tag == "338" ? .physical : .coded
        for subfield in field.subfields where subfield.code == 0x62 || subfield.code == 0x61 {
            let cue = subfield.code == 0x62 ? rdaCode(subfield.value, tag: field.tag) : rdaTerm(subfield.value, tag: field.tag)
            if let cue { evidence.add(tag, subfield.value, cue, weight) }
        }
    }

    static func rdaCode(_ code: String, tag: Tag) -> FormatCue? {
        switch (tag, code) {
        case ("336", "txt"): .text
        case ("336", "spw"): .spokenWord
        case ("336", "prm"): .music
        case ("336", "ntm"), ("336", "tcm"): .notatedMusic
        case ("336", "cri"), ("336", "crd"), ("336", "crm"), ("336", "crt"), ("336", "crn"), ("336", "crf"): .cartographic
        case ("336", "tdi"), ("336", "tdm"): .movingImage
        case ("336", "sti"), ("336", "tci"): .stillImage
        case ("336", "tdf"), ("336", "tcf"): .object
        case ("336", "cop"), ("336", "cod"): .software
        case ("336", "tct"): .braille
        case ("337", "n"): .unmediated
        case ("337", "s"): .audio
        case ("337", "c"): .electronic
        case ("337", "v"): .video
        case ("337", "h"): .microform
        case ("338", "nc"): .printVolume
        case ("338", "sd"): .soundDisc
        case ("338", "ss"): .cassette
        case ("338", "cr"): .online
        case ("338", "cd"): .computerDisc
        case ("338", "vd"): .videodisc
        case ("338", "vf"): .vhs
        case ("338", "nr"): .object
        default: nil
        }
    }

    static func rdaTerm(_ term: String, tag: Tag) -> FormatCue? {
        let w = FormatWords(term)
        guard w.count > 0 else { return nil }
        switch tag {
        case "336":
            if w.contains("spoken") || w.is(0, "tal") { return .spokenWord }
            if w.contains("performed") || w.starts(0, "framförd") || (w.is(0, "musik") && w.starts(1, "framförd")) { return .music }
            if w.contains("notated") || w.starts(0, "noterad") || (w.is(0, "musik") && w.starts(1, "noterad")) { return .notatedMusic }
            if w.contains("cartographic") || w.starts(0, "kartografisk") { return .cartographic }
            if w.contains("moving") || w.contains("rörlig") { return .movingImage }
            if w.contains("tactile") || w.starts(0, "taktil") { return .braille }
            if w.is(0, "text") { return .text }
            if w.is(0, "still") || w.is(0, "stillbild") { return .stillImage }
            if w.contains("dimensional") || w.starts(0, "tredimensionell") { return .object }
            if w.is(0, "computer") || w.starts(0, "datorprogram") { return .software }
        case "337":
            if w.is(0, "unmediated") || w.starts(0, "oförmedlad") { return .unmediated }
            if w.is(0, "audio") || w.is(0, "ljud") { return .audio }
            if w.is(0, "computer") || w.is(0, "dator") || w.is(0, "elektronisk") { return .electronic }
            if w.is(0, "video") { return .video }
            if w.is(0, "microform") || w.is(0, "mikroform") { return .microform }
        case "338":
            if w.is(0, "volume") || w.is(0, "volym") || w.is(0, "band") { return .printVolume }
            if (w.is(0, "audio") && w.starts(1, "disc")) || w.starts(0, "ljudskiv") { return .soundDisc }
            if w.starts(0, "audiocassette") || w.starts(0, "ljudkassett") { return .cassette }
            if (w.is(0, "online") && w.starts(1, "resource")) || w.starts(0, "onlineresurs") { return .online }
            if (w.is(0, "computer") && w.starts(1, "disc")) || w.starts(0, "datorskiv") { return .computerDisc }
            if w.starts(0, "videodisc") || w.starts(0, "videoskiv") { return .videodisc }
            if w.starts(0, "videocassette") || w.starts(0, "videokassett") { return .vhs }
            if w.is(0, "object") || w.starts(0, "föremål") { return .object }
        default: break
        }
        return nil
    }
}
