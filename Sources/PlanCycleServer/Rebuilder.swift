import Foundation
import PlanCycleKit
import ServiceLifecycle

/// Builds the site, then again each time a watched file changes, and publishes each result to
/// the preview: the new site when it built, its problems either way.
///
/// A rebuild reads and checks the content again, and the templates only when one of them changed;
/// pages are then rendered as the browser asks for them (`SiteOnDemand`).
struct Rebuilder: Service {
    let options: Options
    let state: PreviewState
    let watcher: FolderWatcher
    /// How often the folders are looked at.
    let interval: Duration
    /// Told of each build: its result and how long it took.
    let report: @Sendable (PlanCycle.Preview, Duration) -> Void
    /// What the folders held when the last build started, and the templates it used.
    var seen: [String: FolderWatcher.Stamp] = [:]
    var templates: PlanCycle.CheckedTemplates?

    /// The first build, before the server starts, so that the first page asked for is ready.
    mutating func start() async {
        seen = watcher.look()
        templates = await build()
    }

    /// Builds once and publishes the result.
    /// - Parameter templates: the templates of the last build, when none has changed since.
    /// - Returns: the templates this build used, for the next.
    @discardableResult
    func build(reusing templates: PlanCycle.CheckedTemplates? = nil) async -> PlanCycle.CheckedTemplates {
        let clock = ContinuousClock()
        let started = clock.now
        let preview = PlanCycle.preview(options, reusing: templates)
        await state.publish(preview)
        report(preview, clock.now - started)
        return preview.templates
    }

    /// Looks at the folders every `interval` and rebuilds when anything changed, until cancelled.
    /// A change made while a build runs is seen at the next look, so the last save always wins.
    func run() async throws {
        var seen = self.seen
        var templates = self.templates
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            let now = watcher.look()
            guard now != seen else { continue }
            let templatesChanged = now.filter { watcher.isTemplate($0.key) } != seen.filter { watcher.isTemplate($0.key) }
            seen = now
            templates = await build(reusing: templatesChanged ? nil : templates)
        }
    }
}
