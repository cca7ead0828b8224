import Foundation
import Testing

/// Golden files in `Tests/PlanCycleKitTests/Snapshots/`, re-recorded with `PLANCYCLE_RECORD=1 swift test`.
enum Snapshot {
    static let folder = Fixture.projectRoot.appendingPathComponent("Tests/PlanCycleKitTests/Snapshots")

    static func expectMatches(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PLANCYCLE_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name): run PLANCYCLE_RECORD=1 swift test to record it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n"), expectedLines = expected.components(separatedBy: "\n")
            let first = zip(actualLines, expectedLines).enumerated().first { $1.0 != $1.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            Issue.record(
                """
                \(name) differs from the golden file at line \(first + 1):
                expected: \(first < expectedLines.count ? expectedLines[first] : "<end of file>")
                actual:   \(first < actualLines.count ? actualLines[first] : "<end of file>")
                Re-record with PLANCYCLE_RECORD=1 swift test if the change is intended.
                """, sourceLocation: sourceLocation)
        }
    }
}
