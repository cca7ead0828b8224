import ArgumentParser
import PlanCycleKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reads all content and templates and reports every problem; writes nothing.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let result = PlanCycle.check(common.options())
        Report.print(result)
        if !result.translations.isEmpty {
            print("Translations: " + result.translations.map(\.summary).joined(separator: "; ")
                + ". `plancycle translations` lists them.")
        }
        if result.hasErrors { throw ExitCode.failure }
    }
}
