import Foundation

/// Where PlanCycle reads and writes, and the day it takes as "today".
public struct Options: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var asOf: Day?
    /// Turns the warnings that a final document must not have (missing outcome records) into errors.
    public var strict: Bool
    /// The address the site is published at (e.g. `https://www.itu.int/cwg-wsis/`), used by the feed and calendars.
    public var baseURL: String?
    /// Replace an output folder that holds files PlanCycle did not write.
    public var force: Bool = false

    public init(
        content: String = "content", templates: String = "Templates", output: String = "site", asOf: Day? = nil,
        strict: Bool = false, baseURL: String? = nil
    ) {
        self.strict = strict
        self.baseURL = baseURL
        self.content = content
        self.templates = templates
        self.output = output
        self.asOf = asOf
    }
}

/// The pipeline: load and check content and templates, render the documents, publish the site.
public enum PlanCycle {
    /// What a run found and did.
    public struct Result {
        /// Every problem, sorted by file, line and column.
        public var diagnostics: [Diagnostic]
        /// Site-relative paths of the files written (empty for `check` and failed builds).
        public var written: [String] = []
        /// For `check`: how far each language's translations have come.
        public var translations: [TranslationStatus] = []

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Reads everything and reports every problem; writes nothing.
    public static func check(_ options: Options) -> Result {
        let loaded = load(options)
        var result = Result(diagnostics: loaded.diagnostics.sorted)
        result.translations = loaded.content.map(TranslationStatus.compute) ?? []
        return result
    }

    /// Checks, then writes the whole site, or nothing when there is any error.
    /// - Parameter progress: called with (pages done, pages in all) while pages are rendered.
    public static func build(_ options: Options, progress: ((Int, Int) -> Void)? = nil) -> Result {
        let clock = PhaseClock()
        let loaded = load(options)
        clock.lap("load and check")
        let diagnostics = loaded.diagnostics
        if let problem = OutputFolder.problem(options) {
            diagnostics.error(SourceLocation(path: options.output), problem.message, hint: problem.hint)
        }
        guard !diagnostics.hasErrors, let content = loaded.content, let templates = loaded.templates else {
            return Result(diagnostics: diagnostics.sorted)
        }
        var files = SiteRenderer.render(content, templates: templates, settings: .init(asOf: options.asOf, baseURL: options.baseURL, progress: progress))
        clock.lap("render")
        let inputs = Manifest.paths(in: options.content, prefix: "content").merging(Manifest.paths(in: options.templates, prefix: "templates")) { $1 }
        files[PagePath.manifest] = Manifest(outputs: files, inputPaths: inputs).data
        clock.lap("manifest")
        do {
            try SiteWriter.write(files, to: options.output)
            clock.lap("write")
        } catch {
            diagnostics.error(SourceLocation(path: options.output), "\(error)", hint: "check that the folder can be written.")
            return Result(diagnostics: diagnostics.sorted)
        }
        return Result(diagnostics: diagnostics.sorted, written: files.keys.sorted())
    }

    /// The letters about one activity (`id` or `YYYY/id`) as one HTML page, for review.
    /// - Parameter language: the language to show them in (`en`, `fr`, ...); missing translations fall back to English.
    public static func letters(about reference: String, language: String = "en", _ options: Options) -> (html: String?, result: Result) {
        let loaded = load(options)
        let diagnostics = loaded.diagnostics
        guard !diagnostics.hasErrors, let content = loaded.content, let templates = loaded.templates else {
            return (nil, Result(diagnostics: diagnostics.sorted))
        }
        let candidates = content.years.reversed().compactMap { year -> Activity? in
            let (wanted, id) = Content.split(reference, defaultYear: year.year)
            return wanted == year.year ? year.activities.first { $0.id == id } : nil
        }
        guard let activity = candidates.first else {
            let ids = Set(content.years.flatMap { $0.activities.map(\.id) }).sorted()
            diagnostics.error(SourceLocation(path: options.content), "there is no activity `\(reference)`.",
                              hint: Suggestion.hint(for: reference, in: ids, allowedLabel: "Activities"))
            return (nil, Result(diagnostics: diagnostics.sorted))
        }
        let letters = content.letters(about: activity)
        guard !letters.isEmpty else {
            diagnostics.error(SourceLocation(path: activity.path), "\(activity.title) has no circular letter yet.",
                              hint: "add one in \(ContentFolder.sibling(of: activity.path, "<YYYY>/letters"))/ with `activity: \(activity.id)`.")
            return (nil, Result(diagnostics: diagnostics.sorted))
        }
        let page = "letters.html"
        guard let labels = templates.labels[language] else {
            diagnostics.error(SourceLocation(path: options.templates), "there is no label file for the language `\(language)`.",
                              hint: Suggestion.hint(for: language, in: templates.labels.keys.sorted(), allowedLabel: "Languages"))
            return (nil, Result(diagnostics: diagnostics.sorted))
        }
        let scope = Scope(content: content, labels: labels, asOf: options.asOf)
        let localized = scope.content.letters(about: activity)
        let body = localized.map {
            templates.render("letter", LetterDocument.context($0, scope: scope, page: PagePath.letter($0)), language: language)
        }
            .joined(separator: "\n")
        let html = Page.render(
            path: page, title: activity.title, kind: "letter", body: body, crumbs: [], scope: scope, alternates: [], templates: templates)
        return (html, Result(diagnostics: diagnostics.sorted))
    }

    // MARK: - Loading

    struct Loaded {
        var diagnostics: Diagnostics
        var content: Content?
        var templates: TemplateSet?
    }

    static func load(_ options: Options) -> Loaded {
        let diagnostics = Diagnostics()
        let clock = PhaseClock()
        let content = ContentLoader.load(from: options.content, asOf: options.asOf, strict: options.strict, diagnostics: diagnostics)
        clock.lap("  content")
        let templates = TemplateSet.load(from: options.templates, diagnostics: diagnostics)
        clock.lap("  templates")
        if let templates {
            let checker = TemplateChecker(templates: templates)
            checker.check("layout", schema: Page.schema, document: "page layout", diagnostics: diagnostics)
            checker.check("index", schema: IndexDocuments.siteSchema, document: "site index", diagnostics: diagnostics)
            checker.check("year", schema: IndexDocuments.yearSchema, document: "year page", diagnostics: diagnostics)
            checker.check("plan", schema: PlanDocument.schema, document: "plan", diagnostics: diagnostics)
            checker.check("letters", schema: IndexDocuments.lettersSchema, document: "list of letters", diagnostics: diagnostics)
            checker.check("letter", schema: LetterDocument.schema, document: "letter", diagnostics: diagnostics)
            checker.check("report", schema: ReportDocument.schema, document: "report", diagnostics: diagnostics)
            clock.lap("  template check")
        }
        return Loaded(diagnostics: diagnostics, content: content, templates: templates)
    }
}
