import Foundation
import MARC

/// The catalogue as files Koha imports, in the output folder:
///
/// - MARCXML (the default): `catalogue-0001.xml`, `catalogue-0002.xml` … of `recordsPerFile` records each, for
///   staged MARC import or `bulkmarcimport.pl`. Koha's staged import re-saves every record with its items as
///   ISO 2709, so a record too large for ISO 2709 goes to `catalogue-large.xml` instead, to be loaded with
///   `bulkmarcimport.pl`, and is listed.
/// - ISO 2709 (on request): `catalogue-0001.mrc` …; a record over ISO 2709's limits goes to
///   `catalogue-overflow.xml` and is listed. Never truncated.
///
/// Each file is written under a temporary name and renamed when complete; catalogue files of an earlier run
/// that this run did not write are removed, so the folder holds exactly one catalogue.
final class CatalogueFiles {
    enum Format: String, Sendable, CaseIterable { case marcxml, iso2709 }

    /// A record written to the large-record file, and why.
    struct Oversize: Sendable, Equatable {
        var id: String
        var file: String
        var reason: String
    }

    let folder: String
    let format: Format
    let recordsPerFile: Int
    private var writer: (any RecordWriter)?
    private var inCurrentFile = 0
    private(set) var files: [String] = []
    private var large: MARCXMLWriter?
    private(set) var oversize: [Oversize] = []
    private(set) var records = 0

    var largeFileName: String { format == .marcxml ? "catalogue-large.xml" : "catalogue-overflow.xml" }

    init(folder: String, format: Format, recordsPerFile: Int) throws {
        precondition(recordsPerFile > 0)
        self.folder = folder
        self.format = format
        self.recordsPerFile = recordsPerFile
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ record: Record, id: String) throws {
        records += 1
        if let reason = ISO2709Writer.sizeProblem(record) {
            if large == nil { large = MARCXMLWriter(output: try ByteOutput(path: path(largeFileName))) }
            try large?.write(record)
            oversize.append(Oversize(id: id, file: largeFileName, reason: reason))
            return
        }
        if writer == nil || inCurrentFile == recordsPerFile { try startFile() }
        try writer?.write(record)
        inCurrentFile += 1
    }

    /// Closes every file; returns the files written, the large-record file last.
    func finish() throws -> [String] {
        try writer?.finish()
        writer = nil
        if let large {
            try large.finish()
            files.append(largeFileName)
        }
        large = nil
        let written = Set(files)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder)
        where name.hasPrefix("catalogue-") && (name.hasSuffix(".xml") || name.hasSuffix(".mrc")) && !written.contains(name) {
            try FileManager.default.removeItem(atPath: path(name))
        }
        return files
    }

    private func startFile() throws {
        try writer?.finish()
        let name = String(format: "catalogue-%04d.%@", files.count + 1, format == .marcxml ? "xml" : "mrc")
        let output = try ByteOutput(path: path(name))
        writer = format == .marcxml ? MARCXMLWriter(output: output) : ISO2709Writer(output: output)
        files.append(name)
        inCurrentFile = 0
    }

    private func path(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }
}
