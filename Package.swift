// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PlanCycle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plancycle", targets: ["plancycle"]),
        .library(name: "PlanCycleKit", targets: ["PlanCycleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // Word files: reading the reference document (deflated, as Word saves it) and writing .docx.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The HTTP server of `plancycle serve` (without the swift-configuration trait, which it does not need).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        // Already in the graph through hummingbird, named here because `serve` uses their types: the
        // port-in-use error, the stop signals, a quiet logger, a response header.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "PlanCycleKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `plancycle serve`: the live preview, kept apart so that the core library has no server in it.
        .target(
            name: "PlanCycleServer",
            dependencies: [
                "PlanCycleKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "plancycle",
            dependencies: [
                "PlanCycleKit",
                "PlanCycleServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanCycleKitTests",
            dependencies: [
                "PlanCycleKit", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The Mustache spec's YAML, and swift-mustache to compare PlanCycle's renderer with.
                .product(name: "Yams", package: "Yams"), .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "PlanCycleServerTests",
            dependencies: ["PlanCycleServer", "PlanCycleKit"]
        ),
        // The command line end to end: runs the built `plancycle` (which this dependency makes
        // SwiftPM build first) and checks what it prints and its exit codes.
        .testTarget(
            name: "PlanCycleCLITests",
            dependencies: ["plancycle"]
        ),
    ]
)
