import MARC

/// The keys deduplication compares, computed once per record (`extract(from:)`) and stored. Every list is
/// sorted and holds each value once, so equal records give equal keys whatever their field order.
public struct MatchKeys: Sendable, Equatable, Codable {
    /// ISBN-13s with a valid check digit from 020 $a and BOOK-IT 350 ind1=0 $c.
    public var isbns: [String] = []
    /// ISBN-13s from 020 $z (cancelled or invalid as catalogued), and any ISBN whose check digit is wrong.
    public var weakISBNs: [String] = []
    /// The qualifier beside each ISBN that had one ("inbunden", "häftad", "e-bok" …).
    public var isbnQualifiers: [QualifiedISBN] = []
    /// ISSNs, eight characters without hyphen (022 $a; BOOK-IT 350 ind1=1 $c). Invalid ones are in `problems`.
    public var issns: [String] = []
    /// 024 and 028 numbers prefixed by kind: `ean:…`, `upc:…`, `ismn:…`, `isrc:…`, `pub:<label>:…`.
    public var standardNumbers: [String] = []
    /// LIBRIS ids: 001 when 003 is SE-LIBR, and 035 `(SE-LIBR)…`/`(LIBRIS)…`.
    public var librisIds: [String] = []
    /// Old LIBRIS III numbers (035 $9).
    public var librisIIIIds: [String] = []
    /// Other 035 numbers with a `(prefix)`: `ocolc:12345`, `librase:…`.
    public var systemNumbers: [String] = []
    /// 245 $a $b $n $p folded (`DescriptiveKeys.title`).
    public var title: String = ""
    /// 245 $a only, folded.
    public var shortTitle: String = ""
    /// Main entry (100/110/111 $a), or the first 700 $a when there is none; surname first, folded.
    public var author: String?
    /// Every name of a person or body responsible for the work: 100/110/111 and 700/710/711 $a, folded as
    /// `author` is. Catalogues choose different main entries (the first of two authors, an editor, a body);
    /// the names they list still overlap.
    public var names: [String] = []
    /// True when `author` is a person (100 or 700), false for a body or meeting (110, 111), nil without one.
    public var authorIsPerson: Bool?
    /// 008/07-10 when four digits.
    public var date1: Int?
    /// 008/11-14 when 008/06 makes the dates a range: `m` (published over several years) or `q` (the year is not
    /// known: some year from `date1` to this). Nil otherwise.
    public var dateRangeEnd: Int?
    /// Every year: `date1` (unless it only begins a `q` range) and the four-digit years in 260/264 $c.
    public var years: [Int] = []
    /// 260 $b and 264 $b (publication, ind2=1, when there is one) as `DescriptiveKeys.publisher` keys.
    public var publishers: [String] = []
    /// Every number in 300 $a, in order ("2 CD (ca 10 tim.)" → [2, 10]).
    public var extent: [Int] = []
    /// The page count in 300 $a: the largest number written before a word for pages or leaves ("xii, 412 s."
    /// → 412; "2 v. (xix, 1399 p.)" → 1399). Nil when no number counts pages ("1 v.", "2 CD").
    public var pages: Int?
    /// The number of volumes in 300 $a ("3 v.", "2 band"); nil when none is given.
    public var volumes: Int?
    /// 250 $a read as an `Edition`.
    public var edition: Edition?
    /// Language codes of the text: 008/35-37 and 041 $a $d.
    public var languages: [String] = []
    /// Languages translated from: 041 $h.
    public var originalLanguages: [String] = []
    /// Parts of the work: 245 $n and $p, by `VolumeDesignation`.
    public var parts: [String] = []
    /// Numbers within a series: 490 $v and 800/810/811/830 $v, by `VolumeDesignation`.
    public var seriesNumbers: [String] = []
    /// Standard numbers that failed their check (findings for the caller to report).
    public var problems: [KeyProblem] = []
    /// `RecordDigest` of the record's bibliographic content.
    public var digest: String = ""

    public init() {}
}

/// An ISBN and the qualifier written beside it.
public struct QualifiedISBN: Sendable, Equatable, Hashable, Codable, Comparable {
    public var isbn: String
    public var qualifier: String

    public static func < (a: QualifiedISBN, b: QualifiedISBN) -> Bool {
        (a.isbn, a.qualifier) < (b.isbn, b.qualifier)
    }
}

/// A standard number that could not be used as written: where it was and why.
public struct KeyProblem: Sendable, Equatable, Hashable, Codable, Comparable {
    public enum Kind: String, Sendable, Codable { case invalidCheckDigit = "invalid-check-digit", malformed }
    /// Tag and subfield, "020$a".
    public var field: String
    public var value: String
    public var kind: Kind

    public static func < (a: KeyProblem, b: KeyProblem) -> Bool {
        (a.field, a.value, a.kind.rawValue) < (b.field, b.value, b.kind.rawValue)
    }

    /// One sentence a cataloguer can act on.
    public var message: String {
        switch kind {
        case .invalidCheckDigit: "\(field) \"\(value)\": the check digit is wrong; the number is used only as a weak key"
        case .malformed: "\(field) \"\(value)\" is not a valid standard number and is not used for matching"
        }
    }
}
