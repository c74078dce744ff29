import Foundation
import Yams

/// A migration batch (`batch.yml`): the consortium, each municipality's export, and where mappings, the
/// workspace and the output live. Relative paths are relative to the batch file's folder.
///
///     consortium:
///       name: Skaraborg
///       municipalities:
///         - { code: hjo, name: Hjo, population: 9500 }
///     exports:
///       - { municipality: hjo, system: libra, folder: exports/hjo }
///       - { municipality: tibro, system: bookit, folder: exports/tibro, encoding: latin1, delimiter: "|" }
///     mappings: mappings
///     workspace: work
///     output: out
///     dedupe: { decisions: decisions.csv, local_links: mark }
///     catalogue: { format: marcxml, records_per_file: 10000, control_numbers: consortium, consortium_code: SE-SKBG }
///     barcodes: { policy: prefix, affixes: { hjo: HJ }, trim_check_digit: { tibro: { characters: 1, only_length: 14 } } }
public struct BatchFile: Sendable, Equatable {
    public struct Consortium: Codable, Sendable, Equatable {
        public var name: String
        public var municipalities: [Municipality]

        public init(name: String, municipalities: [Municipality]) {
            self.name = name
            self.municipalities = municipalities
        }
    }

    public struct Municipality: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var population: Int?

        public init(code: String, name: String, population: Int? = nil) {
            self.code = code
            self.name = name
            self.population = population
        }
    }

    public enum System: String, Codable, Sendable, CaseIterable {
        case libra, bookit, marc
    }

    /// One export folder, with overrides for when the files are not as the system usually writes them.
    public struct Export: Codable, Sendable, Equatable {
        public var municipality: String
        public var system: System
        public var folder: String
        public var encoding: String?
        public var delimiter: String?
        public var headerRows: Int?
        /// For `marc` sources: the MARC file, when the folder holds more than one.
        public var file: String?

        enum CodingKeys: String, CodingKey {
            case municipality, system, folder, encoding, delimiter, file
            case headerRows = "header_rows"
        }

        public init(municipality: String, system: System, folder: String, encoding: String? = nil, delimiter: String? = nil,
                    headerRows: Int? = nil, file: String? = nil) {
            self.municipality = municipality
            self.system = system
            self.folder = folder
            self.encoding = encoding
            self.delimiter = delimiter
            self.headerRows = headerRows
            self.file = file
        }
    }

    /// How deduplication is run: where the cataloguers' decisions are, and what becomes of local links.
    public struct Dedupe: Codable, Sendable, Equatable {
        /// 856 links of a merged record that belong to one municipality (its e-media licence): `mark` keeps
        /// each with the municipality in $5, `drop` keeps only the surviving record's own.
        public enum LocalLinks: String, Codable, Sendable { case mark, drop }

        /// The decisions file (it need not exist yet).
        public var decisions: String
        public var localLinks: LocalLinks

        enum CodingKeys: String, CodingKey {
            case decisions
            case localLinks = "local_links"
        }

        public init(decisions: String = "decisions.csv", localLinks: LocalLinks = .mark) {
            self.decisions = decisions
            self.localLinks = localLinks
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            decisions = try container.decodeIfPresent(String.self, forKey: .decisions) ?? "decisions.csv"
            localLinks = try container.decodeIfPresent(LocalLinks.self, forKey: .localLinks) ?? .mark
        }
    }

    /// How the catalogue is written (`samkat emit`). Values are checked where they are used.
    public struct Catalogue: Codable, Sendable, Equatable {
        /// `marcxml` (default) or `iso2709`.
        public var format: String = "marcxml"
        public var recordsPerFile: Int = 10_000
        /// `consortium` (001 kept, 003 the consortium's code) or `koha` (001/003 left to Koha), the source's
        /// own kept as 035 either way.
        public var controlNumbers: String = "consortium"
        public var consortiumCode: String = "SE-SAMKAT"
        /// Where a copy's call number comes from, first found wins: `item`, `852h`, `081h`, `084a`.
        public var callNumbers: [String] = ["item", "852h", "081h", "084a"]
        /// Where a copy's item type comes from: `media-type`, `department`, `loan-period`, `format`.
        public var itemTypes: [String] = ["media-type", "department", "loan-period", "format"]

        enum CodingKeys: String, CodingKey {
            case format
            case recordsPerFile = "records_per_file"
            case controlNumbers = "control_numbers"
            case consortiumCode = "consortium_code"
            case callNumbers = "call_numbers"
            case itemTypes = "item_types"
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try container.decodeIfPresent(String.self, forKey: .format) ?? format
            recordsPerFile = try container.decodeIfPresent(Int.self, forKey: .recordsPerFile) ?? recordsPerFile
            controlNumbers = try container.decodeIfPresent(String.self, forKey: .controlNumbers) ?? controlNumbers
            consortiumCode = try container.decodeIfPresent(String.self, forKey: .consortiumCode) ?? consortiumCode
            callNumbers = try container.decodeIfPresent([String].self, forKey: .callNumbers) ?? callNumbers
            itemTypes = try container.decodeIfPresent([String].self, forKey: .itemTypes) ?? itemTypes
        }
    }

    /// What happens to copies whose barcodes collide (only those): `prefix`, `suffix`, `keep-first` or `reject`.
    public struct Barcodes: Codable, Sendable, Equatable {
        public struct CheckDigit: Codable, Sendable, Equatable {
            public var characters: Int
            public var onlyLength: Int?

            enum CodingKeys: String, CodingKey {
                case characters
                case onlyLength = "only_length"
            }
        }

        public var policy: String = "prefix"
        /// Per municipality: the prefix or suffix (default: its code's first two letters, upper case).
        public var affixes: [String: String] = [:]
        public var trimCheckDigit: [String: CheckDigit] = [:]

        enum CodingKeys: String, CodingKey {
            case policy, affixes
            case trimCheckDigit = "trim_check_digit"
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            policy = try container.decodeIfPresent(String.self, forKey: .policy) ?? policy
            affixes = try container.decodeIfPresent([String: String].self, forKey: .affixes) ?? [:]
            trimCheckDigit = try container.decodeIfPresent([String: CheckDigit].self, forKey: .trimCheckDigit) ?? [:]
        }
    }

    public var consortium: Consortium
    public var exports: [Export]
    public var mappings: String
    public var workspace: String
    public var output: String
    public var dedupe: Dedupe
    public var catalogue = Catalogue()
    public var barcodes = Barcodes()
    /// The folder the batch file is in; relative paths resolve against it.
    public var baseDirectory: String

    public init(consortium: Consortium, exports: [Export], mappings: String = "mappings", workspace: String = "work",
                output: String = "out", dedupe: Dedupe = Dedupe(), baseDirectory: String) {
        self.consortium = consortium
        self.exports = exports
        self.mappings = mappings
        self.workspace = workspace
        self.output = output
        self.dedupe = dedupe
        self.baseDirectory = baseDirectory
    }

    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
    }

    public enum BatchError: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case invalid(path: String, reason: String)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): "Cannot read the batch file \(path): \(reason)."
            case let .invalid(path, reason): "The batch file \(path) is not valid: \(reason)."
            }
        }
    }

    private struct Document: Codable {
        var consortium: Consortium
        var exports: [Export]
        var mappings: String?
        var workspace: String?
        var output: String?
        var dedupe: Dedupe?
        var catalogue: Catalogue?
        var barcodes: Barcodes?
    }

    public static func load(path: String) throws -> BatchFile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw BatchError.unreadable(path: path, reason: error.localizedDescription)
        }
        let document: Document
        do { document = try YAMLDecoder().decode(Document.self, from: text) } catch {
            throw BatchError.invalid(path: path, reason: "\(error)")
        }
        var batch = BatchFile(
            consortium: document.consortium, exports: document.exports,
            mappings: document.mappings ?? "mappings", workspace: document.workspace ?? "work",
            output: document.output ?? "out", dedupe: document.dedupe ?? Dedupe(),
            baseDirectory: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        batch.catalogue = document.catalogue ?? Catalogue()
        batch.barcodes = document.barcodes ?? Barcodes()
        try batch.validate(path: path)
        return batch
    }

    /// Every export names a known municipality; codes are unique; no municipality has two exports of one system.
    func validate(path: String) throws {
        let codes = consortium.municipalities.map(\.code)
        if Set(codes).count != codes.count { throw BatchError.invalid(path: path, reason: "a municipality code is listed twice") }
        for export in exports where !codes.contains(export.municipality) {
            throw BatchError.invalid(path: path, reason: "export \(export.folder) names municipality '\(export.municipality)', which the consortium does not list (\(codes.joined(separator: ", ")))")
        }
        var seen = Set<String>()
        for export in exports where !seen.insert("\(export.municipality)/\(export.system.rawValue)").inserted {
            throw BatchError.invalid(path: path, reason: "municipality '\(export.municipality)' has two \(export.system.rawValue) exports")
        }
    }
}
