import FuzzDriver
import MARC

/// Any bytes through the reader, to the end: no crash, no hang, memory bounded by the input.
@_cdecl("fuzz_linemarc_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in
        var reader = LineMARCReader(source: MemoryInput(bytes(data, size)))
        while (try? reader.next()) != nil {}
        return 0
    }
}
