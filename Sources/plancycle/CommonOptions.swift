import ArgumentParser
import PlanCycleKit

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var content = "content"

    @Option(name: .long, help: "The templates folder.")
    var templates = "Templates"

    @Option(name: .customLong("as-of"), help: "The day taken as today (YYYY-MM-DD), for date checks and the front page; default: the clock's date, for the checks only.")
    var asOf: String?

    @Flag(name: .long, help: "Treat what must be done before a document is final (outcome records, letters for urgent activities) as errors.")
    var strict = false

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, not `\(asOf)`.")
        }
    }

    /// The options, with the clock's date for the date checks when `--as-of` is not given.
    func options(output: String = "site") -> Options {
        var options = Options(content: content, templates: templates, output: output, asOf: asOf.flatMap(Day.init(iso:)), strict: strict)
        options.today = Day.today()
        return options
    }

    /// `--base-url`, where a command has it: a web address.
    static func checkBaseURL(_ baseURL: String?) throws {
        if let baseURL, !LinkChecks.isWebAddress(baseURL) {
            throw ValidationError("--base-url must be a web address starting with https:// or http://, not `\(baseURL)`.")
        }
    }
}

/// Prints diagnostics to standard error and a one-line count.
enum Report {
    static func print(_ result: PlanCycle.Result) {
        for diagnostic in result.diagnostics {
            StandardError.write(diagnostic.description + "\n")
        }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.count - errors
        if errors + warnings > 0 {
            StandardError.write("\(count(errors, "error")) and \(count(warnings, "warning")).\n")
        }
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
