import Foundation

/// Prints how long each phase of a build took, to standard error, when the environment variable
/// `PLANCYCLE_TIMING` is set: for profiling, never part of any output file.
final class PhaseClock {
    private var last = Date()
    private let enabled = ProcessInfo.processInfo.environment["PLANCYCLE_TIMING"] != nil

    func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "%-16@ %.3f s\n", phase as NSString, now.timeIntervalSince(last)).utf8))
        last = now
    }
}
