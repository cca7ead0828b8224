import Foundation
import Mustache
@testable import PlanCycleKit

/// (b) the template parser and the tag checker; (c) the label-file reader and its phrase checks.
enum TemplateTargets {
    nonisolated(unsafe) static let shipped: TemplateSet? = {
        TemplateSet.load(from: Readers.root.appendingPathComponent("Templates").path, diagnostics: Diagnostics())
    }()

    /// A fuzzed template, parsed and checked as the plan's, with the shipped partials and wording.
    static func template(_ data: Data) {
        guard let shipped else { fatalError("the shipped templates do not load") }
        let text = Fuzz.text(data)
        let diagnostics = Diagnostics()
        _ = TemplateSet.parse(text, isMarkdown: true, path: Readers.path, diagnostics: diagnostics)
        // The template alone (its partials are not followed) and the English wording: the checker's
        // work per tag, without re-checking the shipped partials for every input.
        let sources = ["plan": TemplateSet.Source(name: "plan", path: Readers.path, text: text, isMarkdown: true)]
        let set = TemplateSet(library: shipped.library, libraries: [:], sources: sources, assets: [:],
                              labels: shipped.labels, labelFiles: shipped.labelFiles.filter { $0.key == "en" })
        TemplateChecker(templates: set).check("plan", schema: PlanDocument.Context.schema, document: "plan", diagnostics: diagnostics)
    }

    /// A fuzzed French label file, read, then checked with the report's template (plural phrases).
    static func labels(_ data: Data) {
        guard let shipped else { fatalError("the shipped templates do not load") }
        let path = Readers.folder + "/fr.yaml"
        _ = Readers.shipped
        guard FileManager.default.createFile(atPath: path, contents: data) else { fatalError("cannot write \(path)") }
        let diagnostics = Diagnostics()
        guard let labels = Labels.load(from: path, code: "fr", diagnostics: diagnostics) else { return }
        // Only this label file's phrases are walked, at the places the report's template uses them.
        let set = TemplateSet(library: shipped.library, libraries: [:], sources: shipped.sources, assets: [:],
                              labels: shipped.labels, labelFiles: ["fr": labels])
        TemplateChecker(templates: set).check("report", schema: ReportDocument.Context.schema, document: "report", diagnostics: diagnostics)
    }
}
