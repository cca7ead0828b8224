import Foundation
import PlanCycleKit

/// What the preview serves: the last site that built, the problems of the latest build, and a
/// generation number that every rebuild increases, which open pages wait on to reload.
actor PreviewState {
    /// One consistent view of the state, taken at once.
    struct Snapshot: Sendable {
        /// The last site that built without errors; nil until one has.
        var site: SiteOnDemand?
        /// The diagnostics of the latest build, which may be newer than the site.
        var diagnostics: [Diagnostic]
        var generation: Int

        var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    private var site: SiteOnDemand?
    private var diagnostics: [Diagnostic] = []
    private var generation = 0
    private var waiters: [Int: CheckedContinuation<Int, Never>] = [:]
    private var nextWaiter = 0

    var snapshot: Snapshot { Snapshot(site: site, diagnostics: diagnostics, generation: generation) }

    /// Takes a build's result: its site when it built, and its diagnostics either way. The old
    /// site stays when the build failed. Wakes every page that waits for a change.
    func publish(_ preview: PlanCycle.Preview) {
        if let built = preview.site { site = built }
        diagnostics = preview.result.diagnostics
        generation += 1
        for waiter in waiters.values { waiter.resume(returning: generation) }
        waiters = [:]
    }

    /// Returns the generation as soon as it differs from `known`, or after `timeout` at the latest
    /// (a long poll), or when the waiting task is cancelled.
    func change(after known: Int, timeout: Duration) async -> Int {
        guard known == generation else { return generation }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task {
            try? await Task.sleep(for: timeout)
            self.release(id)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: generation)
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.release(id) }
        }
    }

    private func release(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume(returning: generation)
    }
}
