import Foundation
import Testing
@testable import Exports

@Suite struct BatchFileTests {
    func write(_ yaml: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samkat-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("batch.yml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsTheConsortiumAndResolvesPathsAgainstTheBatchFile() throws {
        let path = try write("""
            consortium:
              name: Skaraborg
              municipalities:
                - { code: hjo, name: Hjo, population: 9500 }
                - { code: tibro, name: Tibro }
            exports:
              - { municipality: hjo, system: libra, folder: exports/hjo, header_rows: 2 }
              - { municipality: tibro, system: bookit, folder: /data/tibro, encoding: latin1, delimiter: "|" }
            mappings: maps
            """)
        let batch = try BatchFile.load(path: path)
        #expect(batch.consortium.municipalities.map(\.code) == ["hjo", "tibro"])
        #expect(batch.exports[0].headerRows == 2)
        #expect(batch.exports[1].delimiter == "|")
        let folder = (path as NSString).deletingLastPathComponent
        #expect(batch.resolve(batch.exports[0].folder) == folder + "/exports/hjo")
        #expect(batch.resolve(batch.exports[1].folder) == "/data/tibro")
        #expect(batch.resolve(batch.mappings) == folder + "/maps")
        #expect(batch.workspace == "work" && batch.output == "out")
    }

    @Test func anExportOfAnUnknownMunicipalityIsNamed() throws {
        let path = try write("""
            consortium: { name: X, municipalities: [ { code: hjo, name: Hjo } ] }
            exports: [ { municipality: skovde, system: libra, folder: s } ]
            """)
        #expect { try BatchFile.load(path: path) } throws: { "\($0)".contains("'skovde'") }
    }

    @Test func aMistypedSystemIsAnError() throws {
        let path = try write("""
            consortium: { name: X, municipalities: [ { code: hjo, name: Hjo } ] }
            exports: [ { municipality: hjo, system: koha, folder: s } ]
            """)
        #expect(throws: BatchFile.BatchError.self) { try BatchFile.load(path: path) }
    }
}
