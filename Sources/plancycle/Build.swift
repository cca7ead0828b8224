import ArgumentParser
import PlanCycleKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks, then writes the whole site; writes nothing when there is an error.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "The output folder, replaced as a whole.")
    var output = "site"

    @Flag(name: .shortAndLong, help: "Print nothing but problems.")
    var quiet = false

    func run() throws {
        let result = PlanCycle.build(common.options(output: output))
        Report.print(result)
        if result.hasErrors {
            StandardError.write("Nothing was written; \(output) is unchanged.\n")
            throw ExitCode.failure
        }
        if !quiet {
            print("Wrote \(result.written.count) files to \(output).")
        }
    }
}
