// swift-tools-version: 6.0
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
            ]
        ),
        .executableTarget(
            name: "plancycle",
            dependencies: [
                "PlanCycleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanCycleKitTests",
            dependencies: ["PlanCycleKit"],
            exclude: ["Snapshots"]
        ),
    ]
)
