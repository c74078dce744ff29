import Foundation
import MARC

/// What a malformed input must produce: each one names where (file and record number, table line or, for a
/// whole missing file, the file).
enum Expectation: Sendable, CustomStringConvertible {
    /// A finding of this rule on this record (catalogues) or line (table dumps).
    case finding(String, at: Int)
    /// A finding of this rule about a whole file (a missing table): its message names the file.
    case fileFinding(String, file: String)
    /// A finding of this rule about a whole file that only the ingest raises (an empty catalogue).
    case ingestFinding(String, file: String)
    /// This record cannot be read: kept aside with its raw bytes and a reason.
    case unreadable(at: Int)
    /// The input stops the work with an error whose text names the file and contains this.
    case error(String)

    var description: String {
        switch self {
        case let .finding(rule, at): "[\(rule)] at \(at)"
        case let .fileFinding(rule, file): "[\(rule)] about \(file)"
        case let .ingestFinding(rule, file): "[\(rule)] about \(file) (ingest)"
        case let .unreadable(at): "record \(at) unreadable"
        case let .error(text): "error \"\(text)\""
        }
    }

    var isError: Bool { if case .error = self { true } else { false } }
}

/// One malformed catalogue: its bytes in one format, what reading it must say, how many records still read,
/// and anything else the records must show (a huge value kept whole, no external entity read).
struct CatalogueCase: Sendable, CustomTestStringConvertible {
    var name: String
    var format: MARCFormat
    var bytes: [UInt8]
    var expected: [Expectation]
    var records: Int
    var check: @Sendable ([Record]) -> Bool = { _ in true }
    /// Set when samkat's behaviour is known to be wrong: the one-line reason.
    var knownIssue: String?

    var file: String {
        switch format {
        case .iso2709: "records.mrc"
        case .marcxml: "records.xml"
        case .line: "exportCat.txt"
        case .json: "records.json"
        }
    }

    var testDescription: String { "\(format.rawValue): \(name)" }
}

import Testing

/// The catalogue of every family, for counting.
enum MalformedCatalogue {
    static var catalogueCases: [CatalogueCase] {
        MalformedISO2709.cases + MalformedMARCXML.cases + MalformedLineMARC.cases + MalformedJSON.cases
    }
    static var tableCases: [TableCase] { MalformedLibra.cases + MalformedBookIt.cases }
}
