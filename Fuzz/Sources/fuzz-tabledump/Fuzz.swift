import Exports
import FuzzDriver
import MARC

/// Any bytes as a table dump, in both systems' formats, against a spec with every column type: no crash, no hang.
@_cdecl("fuzz_tabledump_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let spec = TableSpec(table: "Items", columns: [
            ColumnSpec(name: "IdItem", type: .int, length: 4), ColumnSpec(name: "Price", type: .decimal),
            ColumnSpec(name: "Acquired", type: .datetime), ColumnSpec(name: "Note", type: .string, length: 20),
            ColumnSpec(name: "Active", type: .bit),
        ])
        for format in [DumpFormat.libra, DumpFormat.bookit] {
            var reader = TableDumpReader(source: MemoryInput(bytes(data, size)), spec: spec, format: format)
            while (try? reader.next()) != nil {}
        }
        return 0
    }
}
