import Exports
import Foundation
import MARC
import Testing

/// Every input fuzzing ever found a problem with (`Fuzz/Regressions/<reader>/`, written by Scripts/fuzz), read
/// again by the same reader, to the end, as the fuzz target reads it: it must neither crash nor hang.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions").path

    static var cases: [String] {
        (FileManager.default.subpaths(atPath: folder) ?? []).filter { $0.contains("/") && !$0.hasSuffix("/") }.sorted()
    }

    @Test(arguments: FuzzRegressionTests.cases)
    func theReaderGetsThroughIt(path: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: FuzzRegressionTests.folder + "/" + path)))
        var results = 0  // records read, for a debugger
        switch path.split(separator: "/").first {
        case "iso2709": var reader = ISO2709Reader(source: MemoryInput(bytes)); while (try? reader.next()) != nil { results += 1 }
        case "marcxml": var reader = MARCXMLReader(source: MemoryInput(bytes)); while (try? reader.next()) != nil { results += 1 }
        case "linemarc": var reader = LineMARCReader(source: MemoryInput(bytes)); while (try? reader.next()) != nil { results += 1 }
        case "marcjson": var reader = MARCJSONReader(source: MemoryInput(bytes)); while (try? reader.next()) != nil { results += 1 }
        case "tabledump":
            let spec = TableSpec(table: "Items", columns: [ColumnSpec(name: "IdItem", type: .int, length: 4), ColumnSpec(name: "Note", type: .string)])
            var reader = TableDumpReader(source: MemoryInput(bytes), spec: spec, format: .libra)
            while (try? reader.next()) != nil { results += 1 }
        default: Issue.record("\(path): no reader for this folder")
        }
        // Getting here is the test: the input once crashed or hung the reader.
        _ = results
    }

    @Test func theRegressionsAreThere() {
        #expect(FuzzRegressionTests.cases.contains("marcxml/truncated-inside-last-record.xml"))
    }
}
