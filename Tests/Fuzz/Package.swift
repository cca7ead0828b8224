// swift-tools-version: 6.1
// The fuzz targets of `make fuzz`: a package of its own, so that `swift build` and `swift test` of
// PlanCycle never try to link them (they have no `main`; libFuzzer's is used). Build with
// `swift build --sanitize=fuzzer --sanitize=address` (Tests/Fuzz/run does).
import PackageDescription

let package = Package(
    name: "PlanCycleFuzz",
    dependencies: [
        .package(name: "PlanCycle", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .executableTarget(
            name: "PlanCycleFuzz",
            dependencies: [
                .product(name: "PlanCycleKit", package: "PlanCycle"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ]
)
