import ArgumentParser
import PlanCycleKit

struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lists the translations that are missing or stale, or marks reviewed translations as current.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Only this language (fr, ar, es, ru, zh).")
    var lang: String?

    @Option(name: .customLong("mark-current"), help: "A translation file, reviewed against its original: record that it is current.")
    var markCurrent: [String] = []

    func run() throws {
        if !markCurrent.isEmpty {
            var failed = false
            for path in markCurrent {
                let result = PlanCycle.markCurrent(path, common.options())
                Report.print(result)
                if result.hasErrors { failed = true } else { print("Marked current: \(path)") }
            }
            if failed { throw ExitCode.failure }
            return
        }
        var (statuses, result) = PlanCycle.translations(common.options())
        if let lang {
            // Only the problems of that language's translation files.
            result.diagnostics = result.diagnostics.filter { diagnostic in [".\(lang).md", ".\(lang).yaml"].contains { diagnostic.location.path.hasSuffix($0) } }
        }
        Report.print(result)
        if result.hasErrors { throw ExitCode.failure }
        for status in statuses where lang == nil || status.language == lang {
            print(status.summary)
            for path in status.stale {
                let changed = status.changed[path].map { " (changed since: " + $0.joined(separator: ", ") + ")" } ?? ""
                print("  stale:   \(path)" + changed)
            }
            for missing in status.missing { print("  missing: \(missing.translation)  (translates \(missing.original))") }
        }
    }
}
