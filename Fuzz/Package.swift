// swift-tools-version: 6.1
// libFuzzer targets for samkat's readers, built apart from the main package because every module must be
// instrumented: Scripts/fuzz builds them with -sanitize=fuzzer,address and runs each for a bounded time.
// Each target feeds the fuzzer's bytes to one reader and reads to the end.
import PackageDescription

// Linked with libFuzzer's driver without its own main: SwiftPM gives each executable its own entry point
// (`fuzz_<name>_main`), which starts the driver (`FuzzDriver.runFuzzer`).
let fuzzerLibrary = "/opt/swift/usr/lib/clang/21/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a"

func fuzzer(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: "fuzz-\(name)", dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: "samkat") },
        path: "Sources/fuzz-\(name)", swiftSettings: [.unsafeFlags(["-parse-as-library"])],
        linkerSettings: [.unsafeFlags(["-use-ld=lld", "-sanitize=address", "-Xlinker", fuzzerLibrary, "-Xlinker", "-lstdc++"])])
}

let package = Package(
    name: "samkat-fuzz",
    dependencies: [.package(name: "samkat", path: "..")],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        fuzzer("iso2709", ["MARC"]),
        fuzzer("marcxml", ["MARC"]),
        fuzzer("linemarc", ["MARC"]),
        fuzzer("marcjson", ["MARC"]),
        fuzzer("tabledump", ["MARC", "Exports"]),
    ]
)
