import ArgumentParser
import Foundation
import PlanCycleKit

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints an activity's circular letter(s) as HTML, for review before clearance.")

    @Argument(help: "The activity's id (its file name without .md), or YYYY/id.")
    var activity: String

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: "Write the HTML to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The language to show the letter in (en, fr, ar, es, ru, zh).")
    var lang = "en"

    func validate() throws {
        let languages = ["ar", "en", "es", "fr", "ru", "zh"]
        if !languages.contains(lang) {
            throw ValidationError("--lang must be one of \(languages.joined(separator: ", ")), not `\(lang)`.")
        }
    }

    func run() throws {
        let (html, result) = PlanCycle.letters(about: activity, language: lang, common.options())
        Report.print(result)
        guard let html else { throw ExitCode.failure }
        if let output {
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                StandardError.write("error: could not write \(output): \(error.localizedDescription)\n")
                throw ExitCode.failure
            }
        } else {
            print(html, terminator: "")
        }
    }
}
