import Foundation

/// The `plancycle` executable that `swift test` built, run as a user runs it.
///
/// Found the way swift-argument-parser's `AssertExecuteCommand` finds it: in the products
/// folder beside the test bundle (`.build/debug/`), which the test target's dependency on the
/// executable target makes SwiftPM build first.
enum Executable {
    /// The products folder: the test bundle's folder, or the bundle itself when it is not an `.xctest`.
    static let productsFolder: URL = {
        let bundle = (Bundle.allBundles.first { $0.bundleURL.pathExtension == "xctest" } ?? Bundle.main).bundleURL
        return bundle.lastPathComponent.hasSuffix("xctest") ? bundle.deletingLastPathComponent() : bundle
    }()

    static let url = productsFolder.appendingPathComponent("plancycle")

    /// The longest any one run may take before the test fails instead of hanging.
    static let timeout: TimeInterval = 60

    enum Failure: Error, CustomStringConvertible {
        case missing(URL)
        case timedOut([String])

        var description: String {
            switch self {
            case .missing(let url): "no executable at \(url.path); build it with `swift build`"
            case .timedOut(let arguments): "`plancycle \(arguments.joined(separator: " "))` did not finish within \(Int(Executable.timeout)) s"
            }
        }
    }
}

/// What a finished run printed and returned.
struct Execution {
    var stdout: String
    var stderr: String
    var exitCode: Int32
}

/// Runs `plancycle arguments` in `folder` and returns what it printed and its exit code.
func run(_ arguments: [String], in folder: URL) async throws -> Execution {
    try await RunningCommand(arguments, in: folder).wait()
}
