import ArgumentParser
import Foundation
import PlanCycleKit

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows circular letters as one self-contained HTML page, for review before clearance.",
        discussion: """
            On a terminal without --output, the page is written to a temporary file and its path printed; \
            piped, the HTML goes to standard output.
            """)

    @Argument(help: "A letter's file name (forum-call), its number (CL-26/6), or an activity id (wsis-forum, 2025/cstd-28).")
    var reference: String

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: "Write the page to this file.")
    var output: String?

    @Option(name: .long, help: "The language to show the letter in (en, fr, ar, es, ru, zh).")
    var lang = "en"

    @Option(name: .customLong("base-url"), help: "Where the page's links point (the published site); default: the local site/ folder.")
    var baseURL: String?

    @Option(name: .long, help: "The built site the links point to when there is no --base-url.")
    var site = "site"

    func validate() throws {
        if !Translation.languages.contains(lang) {
            throw ValidationError("--lang must be one of \(Translation.languages.joined(separator: ", ")), not `\(lang)`.")
        }
        try CommonOptions.checkBaseURL(baseURL)
    }

    func run() throws {
        var options = common.options(output: site)
        options.baseURL = baseURL
        let (html, result) = PlanCycle.letters(about: reference, language: lang, options)
        Report.print(result)
        guard let html else { throw ExitCode.failure }
        if output == nil, isatty(STDOUT_FILENO) != 1 {
            print(html, terminator: "")
            return
        }
        let file = output ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("plancycle-letter-\(Self.fileName(reference))-\(lang).html").path
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            StandardError.write("error: could not write \(file): \(error.localizedDescription)\n")
            throw ExitCode.failure
        }
        print(output == nil ? "Wrote the preview to \(file); open it in a browser." : "Wrote \(file).")
    }

    /// The reference as a safe file-name part: `CL-26/6` gives `CL-26-6`.
    static func fileName(_ reference: String) -> String {
        String(reference.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }
}
