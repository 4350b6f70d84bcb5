// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "casus",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casus", targets: ["casus"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // libpq for server mode (Sources/CasusPostgres); see CHANGELOG.md for why libpq. Its headers come
        // from Debian's libpq-dev; the library itself is loaded when a server is used (Sources/CLibPQ).
        .target(name: "CLibPQ"),
        .target(
            name: "CasusCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CasusStore",
            dependencies: [
                "CasusCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Server mode: the CasusStorage port on PostgreSQL, with its schema and functions.
        .target(name: "CasusPostgres", dependencies: ["CLibPQ", "CasusCore"]),
        // The fictional school and the district: made through the service, like real work.
        .target(name: "CasusDemo", dependencies: ["CasusCore"]),
        .target(name: "CasusTUI", dependencies: ["CasusCore"]),
        .target(name: "CasusTerminal", dependencies: ["CNcurses", "CasusCore", "CasusTUI"]),
        .executableTarget(
            name: "casus",
            dependencies: [
                "CasusCore", "CasusStore", "CasusDemo", "CasusTUI", "CasusTerminal", "CasusPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: []
        ),
        // What every test target shares: where the checkout is, the shipped profiles, dates.
        .target(
            name: "CasusTestSupport", dependencies: ["CasusCore", "CasusStore", "CasusPostgres"], path: "Tests/Support"),
        .testTarget(name: "CasusCoreTests", dependencies: ["CasusCore", "CasusTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CasusStoreTests",
            dependencies: ["CasusStore", "CasusCore", "CasusDemo", "CasusPostgres", "CasusTestSupport"]),
        .testTarget(
            name: "CasusTUITests",
            dependencies: ["CasusTUI", "CasusStore", "CasusCore", "CasusDemo", "CasusTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "CasusEndToEndTests",
            dependencies: ["casus", "CasusCore", "CasusPostgres", "CasusTerminal", "CasusTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
