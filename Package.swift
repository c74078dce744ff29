// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "samkat",
    products: [
        .executable(name: "samkat", targets: ["samkat"]),
        .library(name: "MARC", targets: ["MARC"]),
        .library(name: "Exports", targets: ["Exports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libxml2 from Debian (libxml2-dev): the streaming MARCXML reader.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // SQLite from Debian (libsqlite3-dev): the workspace.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // MARC-8 code tables, generated from the Library of Congress codetables.xml by Scripts/gen-marc8-tables.
        .target(name: "CMARC8Tables", path: "Sources/CMARC8Tables"),
        .target(name: "MARC", dependencies: ["CLibXML2", "CMARC8Tables"]),
        .target(name: "Workspace", dependencies: ["MARC", "CSQLite"]),
        .target(name: "Exports", dependencies: ["MARC", "Workspace", .product(name: "Yams", package: "Yams")]),
        .target(name: "Dedupe", dependencies: ["MARC"]),
        .target(name: "Koha", dependencies: ["MARC"]),
        .target(name: "Holdings", dependencies: ["MARC"]),
        .target(name: "Reports", dependencies: ["MARC", "Workspace", "Koha", "Dedupe"]),
        .target(name: "Pipeline", dependencies: ["MARC", "Workspace", "Exports", "Dedupe", "Koha", "Holdings", "Reports"]),
        .target(name: "FixtureGenerator", dependencies: ["MARC"]),
        .executableTarget(
            name: "samkat",
            dependencies: [
                "MARC",
                "Workspace",
                "Exports",
                "Pipeline",
                "Dedupe",
                "Koha",
                "FixtureGenerator",
                "Holdings",
                "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MARCTests", dependencies: ["MARC"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace"]),
        .testTarget(name: "ExportsTests", dependencies: ["Exports", "FixtureGenerator"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Reports"], exclude: ["Golden"]),
        .testTarget(name: "DedupeTests", dependencies: ["Dedupe"]),
        .testTarget(name: "HoldingsTests", dependencies: ["Holdings"]),
        .testTarget(name: "KohaTests", dependencies: ["Koha"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
        .testTarget(name: "samkatTests", dependencies: ["samkat"]),
        .testTarget(name: "FixtureGeneratorTests", dependencies: ["FixtureGenerator", "MARC", "Exports"]),
    ]
)
