import Foundation
import MARC
import Workspace

/// Reads a plain MARC source (`system: marc`): one MARCXML, ISO2709, line-MARC or MARC-in-JSON file whose
/// bibliographic records carry their copies as fields (LIBRIS 852, or 952 from an earlier Koha).
/// There are no lookup tables, so codes are handed over as they stand and checked by the mapping.
public struct MARCSourceAdapter: SourceAdapter {
    public let folder: String
    /// The MARC file inside the folder; nil: the one file in it that reads as MARC.
    public let file: String?
    /// Nil: guessed from the file's first bytes.
    public let format: MARCFormat?
    public let encoding: EncodingChoice

    public init(folder: String, file: String? = nil, format: MARCFormat? = nil, encoding: EncodingChoice = .auto) {
        self.folder = folder
        self.file = file
        self.format = format
        self.encoding = encoding
    }

    public func inputFiles() throws -> [String] {
        let export = try ExportFolder(path: folder)
        return [export.path(of: try catalogue(in: export))]
    }

    public func ingest(into sink: any IngestSink) throws -> IngestCounts {
        let export = try ExportFolder(path: folder)
        let name = try catalogue(in: export)
        var counts = IngestCounts()
        var holdings = IngestCounts.Input(name: "holdings", file: name)
        var catalogue = CatalogueIngest(path: export.path(of: name), name: name, format: format, encoding: encoding, sink: sink)
        try catalogue.read(counts: &counts, identify: { read in Self.localID(of: read.record) }, stored: { stored in
            guard stored.kind == .bibliographic else { return }
            for item in EmbeddedHoldings.items(of: stored, file: name) {
                holdings.read += 1
                try sink.add(item.item)
                if let barcode = item.barcode { try sink.add(barcode) }
                holdings.stored += 1
            }
        })
        counts.inputs.append(holdings)
        return counts
    }

    /// 001, prefixed with its 003 as a 035 would write it (`(SE-LIBR)12345`); nil without 001.
    static func localID(of record: Record) -> String? {
        guard let f001 = record.controlValue("001")?.trimmingCharacters(in: .whitespaces), !f001.isEmpty else { return nil }
        guard let f003 = record.controlValue("003")?.trimmingCharacters(in: .whitespaces), !f003.isEmpty else { return f001 }
        return "(\(f003))\(f001)"
    }

    /// The named file, or the one file in the folder whose first bytes read as MARC.
    private func catalogue(in export: ExportFolder) throws -> String {
        if let file {
            guard let found = export.find(file) else {
                throw AdapterError.missingFile(folder: folder, file: file, reason: "the batch file names it as the source's MARC file")
            }
            return found
        }
        let candidates = try export.names.filter { name in
            guard !name.hasPrefix("."), let input = try? ByteInput(path: export.path(of: name)) else { return false }
            var head: [UInt8] = []
            _ = try input.read(into: &head, upTo: 4096)
            return MARCFormat.guess(from: head) != nil
        }
        guard let first = candidates.first else {
            throw AdapterError.missingFile(folder: folder, file: "a MARC file", reason: "no file in the folder reads as MARCXML, ISO2709, line-MARC or MARC-in-JSON")
        }
        guard candidates.count == 1 else { throw AdapterError.ambiguousCatalogue(folder: folder, candidates: candidates) }
        return first
    }
}
