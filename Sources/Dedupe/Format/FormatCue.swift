/// One thing a record says about what it is: its content (text, spoken word, music …) or its carrier (a
/// printed volume, an audio CD, an online resource …). Every piece of evidence the classifier finds is one cue,
/// and each cue lists the format classes it can belong to.
public enum FormatCue: UInt8, Sendable, CaseIterable {
    // Content.
    case text, spokenWord, music, notatedMusic, cartographic, movingImage, stillImage, object, game, kit, mixed
    case software, serialIssuance
    // Carrier.
    case regularPrint, printVolume, largePrint, braille, microform, audio, soundDisc, compactDisc, audioCD, mp3
    case daisy, lp, cassette, online, electronic, computerDisc, video, videodisc, dvd, bluRay, vhs, unmediated

    /// The cue in a cataloguer's words.
    public var name: String {
        switch self {
        case .text: "text"
        case .spokenWord: "spoken word"
        case .music: "performed music"
        case .notatedMusic: "notated music"
        case .cartographic: "cartographic material"
        case .movingImage: "moving image"
        case .stillImage: "still image"
        case .object: "three-dimensional object"
        case .game: "game"
        case .kit: "kit"
        case .mixed: "mixed materials"
        case .software: "computer file"
        case .serialIssuance: "serial"
        case .regularPrint: "regular print"
        case .printVolume: "printed volume"
        case .largePrint: "large print"
        case .braille: "braille"
        case .microform: "microform"
        case .audio: "sound recording"
        case .soundDisc: "sound disc"
        case .compactDisc: "CD-sized disc"
        case .audioCD: "audio CD"
        case .mp3: "MP3 disc"
        case .daisy: "Daisy talking book"
        case .lp: "LP / vinyl record"
        case .cassette: "audio cassette"
        case .online: "online resource"
        case .electronic: "electronic resource"
        case .computerDisc: "computer disc"
        case .video: "video recording"
        case .videodisc: "videodisc"
        case .dvd: "DVD"
        case .bluRay: "Blu-ray"
        case .vhs: "video cassette (VHS)"
        case .unmediated: "unmediated (print, sheets, objects)"
        }
    }

    /// The format classes a record with this cue can be.
    var allowed: FormatClassSet {
        switch self {
        case .text: [.book, .largePrint, .ebook, .serial, .kit, .other]
        case .spokenWord: [.audiobookCD, .audiobookMP3, .talkingBook, .eAudiobook, .lp, .kit, .other]
        case .music: [.musicCD, .lp, .kit, .other]
        case .notatedMusic: [.sheetMusic, .kit]
        case .cartographic: [.map, .kit, .other]
        case .movingImage: [.dvd, .bluRay, .kit, .other]
        case .stillImage: [.book, .largePrint, .ebook, .serial, .map, .dvd, .bluRay, .kit, .game, .other]
        case .object: [.game, .kit, .other]
        case .game: [.game, .kit]
        case .kit: [.kit]
        case .mixed: [.kit, .other]
        case .software: [.ebook, .eAudiobook, .audiobookMP3, .game, .kit, .other]
        case .serialIssuance: [.serial]
        case .regularPrint: [.book, .serial, .sheetMusic, .map, .kit]
        case .printVolume: [.book, .largePrint, .serial, .sheetMusic, .map, .kit, .other]
        case .largePrint: [.largePrint]
        case .braille, .microform, .cassette, .vhs: [.other]
        case .audio: [.audiobookCD, .audiobookMP3, .talkingBook, .eAudiobook, .musicCD, .lp, .kit, .other]
        case .soundDisc: [.audiobookCD, .audiobookMP3, .talkingBook, .musicCD, .lp, .kit]
        case .compactDisc: [.audiobookCD, .audiobookMP3, .talkingBook, .musicCD, .kit]
        case .audioCD: [.audiobookCD, .talkingBook, .musicCD, .kit]
        case .mp3: [.audiobookMP3, .talkingBook, .eAudiobook, .musicCD, .kit]
        case .daisy: [.talkingBook]
        case .lp: [.lp]
        case .online: [.ebook, .eAudiobook, .serial, .sheetMusic, .map, .other]
        case .electronic: [.ebook, .eAudiobook, .audiobookMP3, .talkingBook, .game, .serial, .sheetMusic, .map, .other]
        case .computerDisc: [.audiobookMP3, .talkingBook, .game, .kit, .other]
        case .video: [.dvd, .bluRay, .kit, .other]
        case .videodisc: [.dvd, .bluRay, .kit, .other]
        case .dvd: [.dvd]
        case .bluRay: [.bluRay]
        case .unmediated: [.book, .largePrint, .serial, .sheetMusic, .map, .kit, .game, .other]
        }
    }

    /// The classes that may be chosen only when some cue positively points at them (book and other need nothing).
    static let requirements: [(FormatClass, FormatCueSet)] = [
        (.largePrint, [.largePrint]),
        (.audiobookCD, [.spokenWord, .audio, .soundDisc, .compactDisc, .audioCD]),
        (.audiobookMP3, [.mp3, .computerDisc]),
        (.talkingBook, [.daisy]),
        (.ebook, [.online, .electronic, .software]),
        (.eAudiobook, [.online, .electronic]),
        (.dvd, [.movingImage, .video, .videodisc, .dvd]),
        (.bluRay, [.bluRay]),
        (.musicCD, [.music, .audioCD, .soundDisc, .compactDisc, .mp3]),
        (.lp, [.lp]),
        (.sheetMusic, [.notatedMusic]),
        (.map, [.cartographic]),
        (.serial, [.serialIssuance]),
        (.kit, [.kit]),
        (.game, [.game, .object]),
    ]
}
