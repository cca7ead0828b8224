import Foundation
import Mustache

// Reading the templates folder: templates, assets and label files, each checked as it is read.
extension TemplateSet {
    /// Loads and parses every template in `folder`, reporting every parse error with its position.
    /// - Parameters:
    ///   - required: the templates that must be there, by name (`plan`, `layout`).
    ///   - log: where the digest of each file read is recorded, for the manifest.
    static func load(from folder: String, required: [String], diagnostics: Diagnostics, log: InputLog?) -> TemplateSet? {
        guard ContentFolder.isDirectory(folder) else {
            diagnostics.error(SourceLocation(path: folder), "the templates folder does not exist.",
                              hint: "run from the project folder or pass `--templates DIR`.")
            return nil
        }
        let read = readFiles(in: folder, diagnostics: diagnostics, log: log)
        for name in required where read.sources[name] == nil {
            diagnostics.error(SourceLocation(path: ContentFolder.join(folder, name == layout ? "layout.html.mustache" : "\(name).md.mustache")),
                              "the template `\(name)` is missing.", hint: "restore it from the shipped Templates folder.")
        }
        guard let wording = readLabels(in: ContentFolder.join(folder, "labels"), diagnostics: diagnostics, log: log) else { return nil }
        return TemplateSet(
            library: TemplateLibrary(read.templates),
            libraries: inlineWording(wording.filled, into: read.templates, sources: read.sources),
            sources: read.sources, assets: read.assets, labels: wording.filled, labelFiles: wording.files,
            reference: readReference(in: folder, diagnostics: diagnostics, log: log))
    }

    /// The reference document of the Word files, with a warning when there is none.
    private static func readReference(in folder: String, diagnostics: Diagnostics, log: InputLog?) -> ReferenceDocument? {
        let path = ContentFolder.join(folder, ReferenceDocument.fileName)
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.warning(SourceLocation(path: path), "there is no reference document, so no Word files are made.",
                                hint: "restore reference.docx from the shipped Templates folder; its styles are those of the Word files.")
            return nil
        }
        return ReferenceDocument.read(path, diagnostics: diagnostics, log: log)
    }

    /// The templates of `folder` (as written, and parsed) and its assets.
    private static func readFiles(
        in folder: String, diagnostics: Diagnostics, log: InputLog?
    ) -> (sources: [String: Source], templates: [String: ParsedTemplate], assets: [String: Data]) {
        var sources: [String: Source] = [:]
        var templates: [String: ParsedTemplate] = [:]
        var assets: [String: Data] = [:]
        for relative in files(in: folder) {
            let path = ContentFolder.join(folder, relative)
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = log.contents(of: path)
                continue
            }
            guard relative.hasSuffix(".mustache"), let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { continue }
            var name = String(relative.dropLast(".mustache".count))
            let isMarkdown = name.hasSuffix(".md")
            if isMarkdown || name.hasSuffix(".html") { name = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) }
            if let other = sources[name] {
                diagnostics.error(SourceLocation(path: path), "this template has the same name, `\(name)`, as \(other.path).",
                                  hint: "rename one of them.")
                continue
            }
            sources[name] = Source(name: name, path: path, text: text, isMarkdown: isMarkdown)
            templates[name] = parse(text, isMarkdown: isMarkdown, path: path, diagnostics: diagnostics)
        }
        return (sources, templates, assets)
    }

    /// The label files as written, and each filled from English where it lacks wording (with a
    /// warning for each key missing or unknown); nil without a readable `en.yaml`.
    private static func readLabels(in folder: String, diagnostics: Diagnostics, log: InputLog?) -> (files: [String: Labels], filled: [String: Labels])? {
        // Each file read on a core of its own, with its own diagnostics, kept in the order of the files.
        let names = ContentFolder.entries(folder).filter { $0.hasSuffix(".yaml") }
        let read = Parallel.map(names.count) { index in
            let found = Diagnostics()
            let code = String(names[index].dropLast(5))
            return (code, Labels.load(from: ContentFolder.join(folder, names[index]), code: code, diagnostics: found, log: log), found)
        }
        var files: [String: Labels] = [:]
        for (code, labels, found) in read {
            diagnostics.append(contentsOf: found.all)
            files[code] = labels
        }
        guard let english = files[originalLanguage] else {
            // An en.yaml that exists but cannot be read has had its own error.
            if ContentFolder.entries(folder).contains("\(originalLanguage).yaml") { return nil }
            diagnostics.error(SourceLocation(path: ContentFolder.join(folder, "en.yaml")), "the English label file is missing.",
                              hint: "restore Templates/labels/en.yaml: every other language is checked against it.")
            return nil
        }
        english.checkValues(diagnostics: diagnostics)
        var filled: [String: Labels] = [:]
        for (code, file) in files {
            for key in file.missingKeys(comparedWith: english) {
                diagnostics.warning(SourceLocation(path: file.path), "the \(file.language.name) label file has no wording for `\(key)`; English is used.",
                                    hint: "translate `\(key)` from en.yaml into \(file.path).")
            }
            for key in english.missingKeys(comparedWith: file) {
                diagnostics.warning(SourceLocation(path: file.path), "`\(key)` is not in en.yaml, so no template uses it.",
                                    hint: "remove it, or check its spelling against en.yaml.")
            }
            filled[code] = file.filled(from: english)
        }
        return (files, filled)
    }

    /// Each language's templates with its wording written in place of `{{l.group.key}}`, parsed on every core.
    private static func inlineWording(
        _ labels: [String: Labels], into templates: [String: ParsedTemplate], sources: [String: Source]
    ) -> [String: TemplateLibrary] {
        let codes = labels.keys.sorted()
        let parsed = Parallel.map(codes.count) { index -> TemplateLibrary in
            guard let wording = labels[codes[index]] else { return TemplateLibrary(templates) }
            var translated: [String: ParsedTemplate] = [:]
            for (name, template) in templates {
                guard let source = sources[name] else { continue }
                let text = LabelInliner.inline(source.text, labels: wording)
                translated[name] = (try? ParsedTemplate.parse(text, isMarkdown: source.isMarkdown)) ?? template
            }
            return TemplateLibrary(translated)
        }
        return Dictionary(uniqueKeysWithValues: zip(codes, parsed))
    }

    // MARK: - Parsing

    /// The pragma that makes values merged into a Markdown template escaped for Markdown.
    static let markdownPragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name) }}\n"
    /// The pragma that makes values merged into an HTML template escaped as `HTMLEscaping` does.
    static let htmlPragma = "{{% CONTENT_TYPE: \(HTMLEscaping.ContentType.name) }}\n"

    static func parse(_ text: String, isMarkdown: Bool, path: String, diagnostics: Diagnostics) -> ParsedTemplate? {
        do {
            return try ParsedTemplate.parse(text, isMarkdown: isMarkdown)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber - 1
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
