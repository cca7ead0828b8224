import ArgumentParser
import PlanCycleKit

@main
struct PlanCycleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancycle",
        abstract: "Builds the ITU annual participation plan, circular letters and summary report from Markdown content.",
        subcommands: [Check.self, Build.self, Serve.self, Letter.self, Translations.self, Status.self, New.self]
    )
}
