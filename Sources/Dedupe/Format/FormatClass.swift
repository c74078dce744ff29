/// What kind of thing a record describes, for deduplication: records of different classes never merge (an
/// audiobook's copies must never hang on the printed book). `FormatClassifier` decides it from the record.
public enum FormatClass: String, Sendable, CaseIterable, Codable {
    case book
    case largePrint = "large-print"
    case audiobookCD = "audiobook-cd"
    case audiobookMP3 = "audiobook-mp3"
    /// Talking book for the print-disabled (Daisy).
    case talkingBook = "talking-book"
    case ebook = "e-book"
    case eAudiobook = "e-audiobook"
    case dvd
    case bluRay = "blu-ray"
    case musicCD = "music-cd"
    case lp
    case sheetMusic = "sheet-music"
    case map
    case serial
    case kit
    case game
    case other
}
