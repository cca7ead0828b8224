import ArgumentParser
import PlanCycleKit

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Lists what is due in the cycle, by date, with the file to open.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (items, result) = PlanCycle.status(common.options())
        if result.hasErrors {
            Report.print(result)
            throw ExitCode.failure
        }
        if !result.diagnostics.isEmpty {
            StandardError.write("\(Report.count(result.diagnostics.count, "warning")); `plancycle check` lists them.\n")
        }
        for item in items { print(item.line) }
        if items.isEmpty { print("Nothing is due.") }
    }
}
