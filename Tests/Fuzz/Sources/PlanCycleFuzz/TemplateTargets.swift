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

    /// (b) PlanCycle's template renderer against swift-mustache: a fuzzed template that PlanCycle
    /// reads must be read by swift-mustache too, and both must render the same text.
    static func render(_ data: Data) {
        let text = Fuzz.text(data)
        guard let compiled = CompiledTemplate.parse(text, escaping: .markdown) else { return }
        guard let mustache = try? MustacheTemplate(string: TemplateSet.markdownPragma + text) else {
            fatalError("promise broken: swift-mustache cannot read a template PlanCycle read: \(text.debugDescription)")
        }
        let library = MustacheLibrary(templates: ["main": mustache, "p": partial.mustache])
        let expected = library.render(MustacheBox.value(values) as Any, withTemplate: "main")
        let output = compiled.render(values, library: ["p": partial.compiled])
        Fuzz.require(output == expected, "PlanCycle rendered \(output.debugDescription), swift-mustache \(String(describing: expected).debugDescription)")
    }

    nonisolated(unsafe) static let partial: (compiled: CompiledTemplate, mustache: MustacheTemplate) = {
        let text = "[{{name}}]\n{{n}}  {{#list}}\n* {{.}}\n  {{/list}}\n{{n}}end {{a}}\n{{^t}}no{{/t}}\n{{n}}"
        guard let compiled = CompiledTemplate.parse(text, escaping: .html), let mustache = try? MustacheTemplate(string: text) else {
            fatalError("the fuzz partial does not parse")
        }
        MarkdownContentType.register()
        return (compiled, mustache)
    }()

    nonisolated(unsafe) static let values = TemplateData.object(Values(fields: [
        "a": .text("<b>A & 'q'</b>"), "md": .text("*em* [x](y) 1. # z\nline"), "t": .bool(true), "f": .bool(false),
        "count": .text("3"), "name": .text("outer"), "obj": .object(Values(fields: ["name": .text("inner")])),
        "list": .list(List(items: [.object(Values(fields: ["name": .text("one")])), .text("two"), .bool(false)])),
        "empty": .list(List(items: [])),
    ]))

    struct List: TemplateList {
        let items: [TemplateData]
        var count: Int { items.count }
        func item(at index: Int) -> TemplateData { items[index] }
        /// As swift-mustache prints the list it is given (`MustacheBox.value`).
        var text: String { String(describing: items.map { MustacheBox.value($0) as Any }) }
    }

    /// Named values, as a context gives them.
    struct Values: TemplateObject {
        let fields: [String: TemplateData]
        func child(named name: String) -> TemplateData? { fields[name] }
    }
}
