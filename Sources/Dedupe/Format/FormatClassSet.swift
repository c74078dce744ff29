/// A set of format classes as a bit mask: cheap to build and intersect in the hot path.
struct FormatClassSet: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }
    init(_ formatClass: FormatClass) { rawValue = 1 << FormatClassSet.index(formatClass) }

    static let book = Self(.book), largePrint = Self(.largePrint), audiobookCD = Self(.audiobookCD)
    static let audiobookMP3 = Self(.audiobookMP3), talkingBook = Self(.talkingBook), ebook = Self(.ebook)
    static let eAudiobook = Self(.eAudiobook), dvd = Self(.dvd), bluRay = Self(.bluRay), musicCD = Self(.musicCD)
    static let lp = Self(.lp), sheetMusic = Self(.sheetMusic), map = Self(.map), serial = Self(.serial)
    static let kit = Self(.kit), game = Self(.game), other = Self(.other)

    func contains(_ formatClass: FormatClass) -> Bool { contains(FormatClassSet(formatClass)) }

    /// The position of a class in `FormatClass.allCases`, which is also the tie-break order (earlier wins).
    static func index(_ formatClass: FormatClass) -> Int {
        switch formatClass {
        case .book: 0
        case .largePrint: 1
        case .audiobookCD: 2
        case .audiobookMP3: 3
        case .talkingBook: 4
        case .ebook: 5
        case .eAudiobook: 6
        case .dvd: 7
        case .bluRay: 8
        case .musicCD: 9
        case .lp: 10
        case .sheetMusic: 11
        case .map: 12
        case .serial: 13
        case .kit: 14
        case .game: 15
        case .other: 16
        }
    }
}

/// A set of cues as a bit mask.
struct FormatCueSet: OptionSet, Sendable, ExpressibleByArrayLiteral {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }
    init(_ cue: FormatCue) { rawValue = 1 << UInt64(cue.rawValue) }
    init(arrayLiteral cues: FormatCue...) {
        rawValue = cues.reduce(0) { $0 | FormatCueSet($1).rawValue }
    }
}
