import Foundation
import Mustache

/// The templates folder, parsed: Mustache templates, label files and assets.
public struct TemplateSet {
    /// One template file.
    struct Source {
        var name: String
        var path: String
        var text: String
        var isMarkdown: Bool
    }

    let library: MustacheLibrary
    /// Each language's templates with its wording written in place of `{{l.group.key}}`, so that
    /// rendering looks up no wording at all (it was most of the tags of a page).
    let libraries: [String: MustacheLibrary]
    let sources: [String: Source]
    /// Files under `assets/`, by path relative to it, copied to the site as they are.
    let assets: [String: Data]
    /// The wording of each language with a label file, by language code; keys missing from a
    /// language are filled from English.
    let labels: [String: Labels]
    /// Label files as written (not filled), for completeness checks and tag checks.
    let labelFiles: [String: Labels]

    static let originalLanguage = "en"

    /// The wording of `code`, or of English when that language has no label file.
    func labels(for code: String) -> Labels? { labels[code] ?? labels[Self.originalLanguage] }

    /// The page layout, which every document kind's page is set in.
    static let layout = "layout"

    /// Loads and parses every template in `folder`, reporting every parse error with its position.
    /// - Parameter required: the templates that must be there, by name (`plan`, `layout`).
    static func load(from folder: String, required: [String], diagnostics: Diagnostics) -> TemplateSet? {
        guard ContentFolder.isDirectory(folder) else {
            diagnostics.error(SourceLocation(path: folder), "the templates folder does not exist.",
                              hint: "run from the project folder or pass `--templates DIR`.")
            return nil
        }
        MarkdownContentType.register()
        var sources: [String: Source] = [:]
        var templates: [String: MustacheTemplate] = [:]
        var assets: [String: Data] = [:]
        for relative in files(in: folder) {
            let path = ContentFolder.join(folder, relative)
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = FileManager.default.contents(atPath: path)
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            guard let text = ContentFolder.readText(path, diagnostics: diagnostics) else { continue }
            var name = String(relative.dropLast(".mustache".count))
            let isMarkdown = name.hasSuffix(".md")
            if isMarkdown || name.hasSuffix(".html") { name = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) }
            if let other = sources[name] {
                diagnostics.error(SourceLocation(path: path), "this template has the same name, `\(name)`, as \(other.path).",
                                  hint: "rename one of them.")
                continue
            }
            sources[name] = Source(name: name, path: path, text: text, isMarkdown: isMarkdown)
            if let template = parse(text, isMarkdown: isMarkdown, path: path, diagnostics: diagnostics) {
                templates[name] = template
            }
        }
        for name in required where sources[name] == nil {
            diagnostics.error(SourceLocation(path: ContentFolder.join(folder, name == layout ? "layout.html.mustache" : "\(name).md.mustache")),
                              "the template `\(name)` is missing.", hint: "restore it from the shipped Templates folder.")
        }
        var labelFiles: [String: Labels] = [:]
        let labelsFolder = ContentFolder.join(folder, "labels")
        for name in ContentFolder.entries(labelsFolder) where name.hasSuffix(".yaml") {
            let code = String(name.dropLast(5))
            if let labels = Labels.load(from: ContentFolder.join(labelsFolder, name), code: code, diagnostics: diagnostics) {
                labelFiles[code] = labels
            }
        }
        guard let english = labelFiles[originalLanguage] else {
            // An en.yaml that exists but cannot be read has had its own error.
            if ContentFolder.entries(labelsFolder).contains("\(originalLanguage).yaml") { return nil }
            diagnostics.error(SourceLocation(path: ContentFolder.join(labelsFolder, "en.yaml")), "the English label file is missing.",
                              hint: "restore Templates/labels/en.yaml: every other language is checked against it.")
            return nil
        }
        english.checkValues(diagnostics: diagnostics)
        var labels: [String: Labels] = [:]
        for (code, file) in labelFiles {
            for key in file.missingKeys(comparedWith: english) {
                diagnostics.warning(SourceLocation(path: file.path), "the \(file.language.name) label file has no wording for `\(key)`; English is used.",
                                    hint: "translate `\(key)` from en.yaml into \(file.path).")
            }
            for key in english.missingKeys(comparedWith: file) {
                diagnostics.warning(SourceLocation(path: file.path), "`\(key)` is not in en.yaml, so no template uses it.",
                                    hint: "remove it, or check its spelling against en.yaml.")
            }
            labels[code] = file.filled(from: english)
        }
        // One library per language, parsed on every core.
        let codes = labels.keys.sorted()
        let parsed = Parallel.map(codes.count) { index -> MustacheLibrary in
            guard let wording = labels[codes[index]] else { return MustacheLibrary(templates: templates) }
            var translated: [String: MustacheTemplate] = [:]
            for (name, template) in templates {
                guard let source = sources[name] else { continue }
                let text = LabelInliner.inline(source.text, labels: wording)
                translated[name] = (try? MustacheTemplate(string: source.isMarkdown ? markdownPragma + text : text)) ?? template
            }
            return MustacheLibrary(templates: translated)
        }
        let libraries = Dictionary(uniqueKeysWithValues: zip(codes, parsed))
        return TemplateSet(
            library: MustacheLibrary(templates: templates), libraries: libraries, sources: sources, assets: assets, labels: labels,
            labelFiles: labelFiles)
    }

    /// Renders template `name` with `context`; Markdown templates are then rendered to HTML.
    func render(_ name: String, _ context: some TemplateContext, language: String = originalLanguage) -> String {
        let text = (libraries[language] ?? library).render(context, withTemplate: name) ?? ""
        guard sources[name]?.isMarkdown == true else { return text }
        return Markdown.templateHTML(text)
    }

    // MARK: - Parsing

    /// The pragma that makes values merged into a Markdown template escaped for Markdown.
    static let markdownPragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}\n"

    static func parse(_ text: String, isMarkdown: Bool, path: String, diagnostics: Diagnostics) -> MustacheTemplate? {
        do {
            return try MustacheTemplate(string: isMarkdown ? markdownPragma + text : text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber - (isMarkdown ? 1 : 0)
            diagnostics.error(SourceLocation(path: path, line: line, column: error.context.columnNumber),
                              explain(error.error), hint: hint(error.error))
        } catch {
            diagnostics.error(SourceLocation(path: path), "the template could not be read (\(error)).")
        }
        return nil
    }

    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section that is open."
        case .unfinishedName: return "a tag is not closed with `}}`."
        case .expectedSectionEnd: return "a section opened with `{{#...}}` or `{{^...}}` is never closed."
        case .invalidSetDelimiter: return "the delimiter change `{{=... ...=}}` is malformed."
        case .unrecognisedConfigVariable, .invalidConfigVariableSyntax: return "this `{{% ...}}` pragma is not one PlanCycle knows."
        default: return "the template cannot be parsed (\(error))."
        }
    }

    static func hint(_ error: Error) -> String? {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "close sections in the reverse order they were opened: `{{#a}}{{#b}}...{{/b}}{{/a}}`."
        case .expectedSectionEnd: return "add the matching `{{/name}}`."
        case .unfinishedName: return "write tags as `{{name}}`."
        default: return nil
        }
    }

    /// Every file below `folder`, as relative paths, sorted.
    private static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let isHidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            if !isHidden, !ContentFolder.isDirectory(ContentFolder.join(folder, relative)) { result.append(relative) }
        }
        return result.sorted()
    }
}
