import FuzzDriver
import MARC

/// Any bytes through the reader, to the end: no crash, no hang, memory bounded by the input.
@_cdecl("fuzz_marcxml_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in
        var reader = MARCXMLReader(source: MemoryInput(bytes(data, size)))
        while (try? reader.next()) != nil {}
        return 0
    }
}
