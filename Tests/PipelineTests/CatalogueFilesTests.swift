import Foundation
import MARC
import Testing
@testable import Pipeline

@Suite struct CatalogueFilesTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-catalogue-\(UUID().uuidString)").path

    func record(_ id: Int, noteLength: Int = 10) -> Record {
        Record(fields: [Field(tag: "001", value: String(id)), Field(tag: "245", indicators: "10", subfields: [Subfield("a", "Titel \(id)")]),
                        Field(tag: "500", subfields: [Subfield("a", String(repeating: "x", count: noteLength))])])
    }

    func ids(_ name: String) throws -> [String] {
        var reader = try MARCFormat.openReader(path: folder + "/" + name, format: nil, encoding: .auto)
        var ids: [String] = []
        while let result = try reader.next() {
            if case let .success(read) = result { ids.append(read.record.controlValue("001") ?? "?") }
        }
        return ids
    }

    @Test(arguments: CatalogueFiles.Format.allCases)
    func recordsAreSplitIntoFilesAndTheLargeOnesSetApart(format: CatalogueFiles.Format) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try CatalogueFiles(folder: folder, format: format, recordsPerFile: 10)
        for id in 1...25 { try files.write(record(id, noteLength: id == 7 ? 9_500 : 10), id: "r\(id)") }
        var big = record(26)
        for _ in 0..<12 { big.fields.append(Field(tag: "500", subfields: [Subfield("a", String(repeating: "y", count: 9_000))])) }
        try files.write(big, id: "r26")
        let written = try files.finish()
        let suffix = format == .marcxml ? "xml" : "mrc"
        #expect(written == ["catalogue-0001.\(suffix)", "catalogue-0002.\(suffix)", "catalogue-0003.\(suffix)", files.largeFileName])
        #expect(try ids("catalogue-0001.\(suffix)") == (1...10).map(String.init))
        #expect(try ids("catalogue-0003.\(suffix)") == (21...25).map(String.init))
        #expect(try ids(files.largeFileName) == ["26"])
        #expect(files.oversize.map(\.id) == ["r26"] && files.oversize[0].reason.contains("99999"))

        // A smaller catalogue written over it leaves no file of the earlier one behind.
        let again = try CatalogueFiles(folder: folder, format: format, recordsPerFile: 10)
        try again.write(record(1), id: "r1")
        #expect(try again.finish() == ["catalogue-0001.\(suffix)"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["catalogue-0001.\(suffix)"])
    }
}
