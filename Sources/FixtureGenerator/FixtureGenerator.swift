#if canImport(Glibc)
import Glibc
#endif

/// What to generate.
public struct FixtureOptions: Sendable {
    /// How many municipalities (1–8), in `Municipality.first` order.
    public var municipalities: Int
    /// The number of catalogue records written across the consortium: every record in every municipality's
    /// catalogue file, broken ones included. Editions are fewer (most are held by several libraries).
    public var records: Int
    public var seed: UInt64
    /// The folder to write; created, and must not hold an earlier fixture's files that differ.
    public var output: String

    public init(municipalities: Int = 8, records: Int, seed: UInt64, output: String) {
        self.municipalities = municipalities
        self.records = records
        self.seed = seed
        self.output = output
    }
}

/// Counts of what was written.
public struct FixtureSummary: Sendable, Equatable {
    public var records = 0
    public var editions = 0
    public var works = 0
    public var items = 0
    public var broken = 0
}

public enum FixtureError: Error, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotCreate(path, reason): "Cannot create the folder \(path): \(reason)."
        }
    }
}

/// Writes a consortium of municipal library exports with its ground truth, deterministically: the same
/// options give a byte-identical tree. Memory stays flat: works are made a chunk at a time, written, and
/// forgotten.
public enum FixtureGenerator {
    static let worksPerChunk = 400

    public static func generate(_ options: FixtureOptions) throws -> FixtureSummary {
        let municipalities = Municipality.first(options.municipalities)
        let root = options.output
        try makeFolder(root)
        try makeFolder("\(root)/exports")
        try makeFolder("\(root)/truth")
        let truth = try TruthWriter(folder: "\(root)/truth")
        var exports: [MunicipalityExport] = []
        for municipality in municipalities {
            let folder = "\(root)/exports/\(municipality.code)"
            try makeFolder(folder)
            let number = Municipality.all.firstIndex(of: municipality)!
            switch municipality.system {
            case .libra: exports.append(try LibraExport(municipality: municipality, number: number, folder: folder, seed: options.seed, truth: truth))
            case .bookit: exports.append(try BookItExport(municipality: municipality, number: number, folder: folder, seed: options.seed, truth: truth))
            }
        }
        var chunker = ChunkBuilder(seed: options.seed, municipalities: municipalities, records: options.records)
        var summary = FixtureSummary()
        while let chunk = chunker.next() {
            for (index, export) in exports.enumerated() {
                for record in chunk.records[index] { try export.write(record) }
                for patron in chunk.patrons[index] { try export.writePatron(borrowerID: patron.id, barcode: patron.barcode) }
            }
        }
        for export in exports { try export.close() }
        try truth.close()
        summary.records = truth.recordCount
        summary.items = truth.itemCount
        summary.broken = truth.brokenCount
        summary.editions = chunker.editionsMade
        summary.works = chunker.worksMade
        try writeText(BatchFileText.make(municipalities), to: "\(root)/batch.yml")
        try writeText(FixtureReadme.make(options, municipalities, summary), to: "\(root)/README.md")
        return summary
    }

    static func writeText(_ text: String, to path: String) throws {
        let output = try ByteOutput(path: path)
        try output.write(text)
        try output.close()
    }

    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw FixtureError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

import MARC
