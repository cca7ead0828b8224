import Foundation

/// The pipeline: load and check content and templates, render the documents, publish the site.
public enum PlanCycle {
    /// What a run found and did.
    public struct Result: Sendable {
        /// Every problem, sorted by file, line and column.
        public var diagnostics: [Diagnostic]
        /// Site-relative paths of the files written (empty for `check` and failed builds).
        public var written: [String] = []
        /// For `check`: how far each language's translations have come.
        public var translations: [TranslationStatus] = []
        /// For `build`: the draft letters and reports left out of the site (their paths).
        public var draftsLeftOut: [String] = []

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

        public init(diagnostics: [Diagnostic], written: [String] = [], translations: [TranslationStatus] = []) {
            self.diagnostics = diagnostics
            self.written = written
            self.translations = translations
        }
    }

    /// Reads everything and reports every problem; writes nothing.
    public static func check(_ options: Options) -> Result {
        let loaded = load(options)
        var result = Result(diagnostics: loaded.diagnostics.sorted)
        result.translations = loaded.content.map(TranslationStatus.compute) ?? []
        return result
    }

    /// Checks, then writes the whole site, or nothing when there is any error. Draft letters and
    /// draft reports are left out unless `options.drafts` is set; then they are published, marked.
    /// - Parameter progress: called with (pages done, pages in all) while pages are rendered.
    public static func build(_ options: Options, progress: ((Int, Int) -> Void)? = nil) -> Result {
        let clock = PhaseClock()
        let log = InputLog()
        let loaded = load(options, log: log)
        clock.lap("load and check")
        let diagnostics = loaded.diagnostics
        if let problem = OutputFolder.problem(options) {
            diagnostics.error(SourceLocation(path: options.output), problem.message, hint: problem.hint)
        }
        guard !diagnostics.hasErrors, let content = loaded.content, let templates = loaded.templates else {
            return Result(diagnostics: diagnostics.sorted)
        }
        let published = publishable(content, options)
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.output)
        } catch {
            diagnostics.error(SourceLocation(path: options.output), "\(error)", hint: "check that the folder can be written.")
            return Result(diagnostics: diagnostics.sorted)
        }
        let settings = SiteRenderer.Settings(asOf: options.asOf, baseURL: options.baseURL, progress: progress)
        // The inputs for the manifest are listed while the site is rendered (their digests were
        // taken as they were read).
        let (_, inputs) = Parallel.both(
            { SiteRenderer.render(published.content, templates: templates, settings: settings, to: writer.write) },
            { inputDigests(options, leavingOut: published.leftOut, log: log) })
        clock.lap("render and write")
        let outputs = writer.hashes
        writer.write(PagePath.manifest, Manifest(outputs: outputs, inputs: inputs).data)
        clock.lap("manifest")
        do {
            try writer.commit()
            clock.lap("swap")
        } catch {
            diagnostics.error(SourceLocation(path: options.output), "\(error)", hint: "check that the folder can be written.")
            return Result(diagnostics: diagnostics.sorted)
        }
        var result = Result(diagnostics: diagnostics.sorted, written: (Array(outputs.keys) + [PagePath.manifest]).sorted())
        result.draftsLeftOut = published.drafts
        return result
    }

    /// The content as it is published: without draft letters and draft reports unless
    /// `options.drafts` is set. `leftOut` are the files left out with them.
    static func publishable(_ content: Content, _ options: Options) -> (content: Content, drafts: [String], leftOut: Set<String>) {
        options.drafts ? (content, [], []) : content.leavingOutDrafts()
    }

    /// The SHA-256 of each file of the content and templates folders (less `leftOut`), by its
    /// name in the manifest: as it was read when `log` has it, read now when not.
    static func inputDigests(_ options: Options, leavingOut leftOut: Set<String>, log: InputLog? = nil) -> [String: String] {
        let paths = Manifest.paths(in: options.content, prefix: "content").filter { !leftOut.contains($0.value) }
            .merging(Manifest.paths(in: options.templates, prefix: "templates")) { $1 }
        return Manifest.digests(of: paths, log: log)
    }

    // MARK: - Loading

    struct Loaded {
        var diagnostics: Diagnostics
        var content: Content?
        var templates: TemplateSet? { checkedTemplates.set }
        var checkedTemplates: CheckedTemplates
    }

    /// Reads and checks the content, and the templates unless `cached` holds them already; the
    /// digest of each file read goes in `log`.
    static func load(_ options: Options, reusing cached: CheckedTemplates? = nil, log: InputLog? = nil) -> Loaded {
        let diagnostics = Diagnostics()
        let clock = PhaseClock()
        // The templates are read and checked while the content is read: neither needs the other.
        let (content, checked) = Parallel.both(
            { ContentLoader.load(from: options.content, asOf: options.checkDay, strict: options.strict, diagnostics: diagnostics, log: log) },
            { cached ?? checkTemplates(options, log: log) })
        clock.lap("  content and templates")
        var templates = checked
        diagnostics.append(contentsOf: templates.diagnostics)
        if templates.set != nil {
            if let done = templates.scaffolds, done.site == content?.site {
                diagnostics.append(contentsOf: done.diagnostics)
            } else {
                let found = Diagnostics()
                ScaffoldChecks.run(templates: options.templates, site: content?.site, diagnostics: found, log: log)
                diagnostics.append(contentsOf: found.all)
                templates.scaffolds = (content?.site, found.all)
            }
        }
        return Loaded(diagnostics: diagnostics, content: content, checkedTemplates: templates)
    }

    /// Reads the templates and checks each document's tags against its fields.
    static func checkTemplates(_ options: Options, log: InputLog? = nil) -> CheckedTemplates {
        let diagnostics = Diagnostics()
        let clock = PhaseClock()
        let templates = TemplateSet.load(from: options.templates, diagnostics: diagnostics, log: log)
        clock.lap("  templates")
        if let templates {
            let checker = TemplateChecker(templates: templates)
            checker.check(documents: DocumentKinds.shipped, diagnostics: diagnostics)
            clock.lap("  template check")
        }
        return CheckedTemplates(set: templates, diagnostics: diagnostics.all)
    }
}
