import ArgumentParser
import PlanCycleKit

/// `plancycle new <kind>`: a new content file from its scaffold in Templates/scaffolds/.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Starts a new content file from its scaffold; never overwrites.",
        subcommands: [NewYear.self, NewActivity.self, NewLetter.self, NewOutcome.self, NewTranslation.self])

    /// Makes the file, prints what was written and any problem.
    static func make(_ file: NewFile, _ common: CommonOptions, next: String = "Fill in the values marked TODO; `plancycle check` lists them.") throws {
        let result = PlanCycle.new(file, common.options())
        Report.print(result)
        if result.hasErrors { throw ExitCode.failure }
        for path in result.written { print("Created \(path)") }
        if !result.written.isEmpty { print(next) }
    }
}

struct NewYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year", abstract: "Creates content/<YYYY>/year.md and its folders, with the activities to carry over.")

    @Argument(help: "The year, e.g. 2027.") var year: Int
    @OptionGroup var common: CommonOptions

    func run() throws { try New.make(.year(year), common) }
}

struct NewActivity: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "activity", abstract: "Creates content/<YYYY>/activities/<id>.md.")

    @Argument(help: "The activity's id: lowercase letters, digits and hyphens.") var id: String
    @Option(name: .long, help: "The year of the plan (default: the latest).") var year: Int?
    @OptionGroup var common: CommonOptions

    func run() throws { try New.make(.activity(id: id, year: year), common) }
}

struct NewLetter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter", abstract: "Creates a draft circular letter, dated today (or --as-of), about an activity.")

    @Argument(help: "The letter's file name: lowercase letters, digits and hyphens.") var name: String
    @Option(name: .long, help: "The activity it is about: its id, or YYYY/id.") var activity: String
    @OptionGroup var common: CommonOptions

    func run() throws { try New.make(.letter(name: name, activity: activity), common) }
}

struct NewOutcome: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "outcome", abstract: "Creates content/<YYYY>/outcomes/<id>.md for an activity.")

    @Argument(help: "The activity's id.") var id: String
    @Option(name: .long, help: "The year of the activity (default: the latest).") var year: Int?
    @OptionGroup var common: CommonOptions

    func run() throws { try New.make(.outcome(id: id, year: year), common) }
}

struct NewTranslation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translation", abstract: "Creates <name>.<lang>.md beside an original, with its text to translate.")

    @Argument(help: "The original, relative to the current folder or to the content folder.") var file: String
    @Option(name: .long, help: "The language: fr, ar, es, ru or zh.") var lang: String
    @OptionGroup var common: CommonOptions

    func run() throws {
        try New.make(.translation(original: file, language: lang), common,
                     next: "Translate its text; it is marked current, so review it before it is published.")
    }
}
