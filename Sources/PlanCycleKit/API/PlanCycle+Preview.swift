import Foundation

extension PlanCycle {
    /// The templates folder read and checked, kept by `serve` for the next rebuild while no
    /// template changes.
    public struct CheckedTemplates: @unchecked Sendable {
        let set: TemplateSet?
        let diagnostics: [Diagnostic]
        /// What the scaffold checks found, and the site they were made against: they depend on
        /// nothing else, so a rebuild with the same templates and site.yaml need not run them again.
        var scaffolds: (site: Site?, diagnostics: [Diagnostic])?
    }

    /// What `serve` shows after a rebuild.
    public struct Preview: Sendable {
        /// The site, rendered page by page as pages are asked for; nil when there is any error.
        public var site: SiteOnDemand?
        /// What the checks found.
        public var result: Result
        /// To pass to the next `preview` while no template has changed.
        public var templates: CheckedTemplates
    }

    /// Checks, then prepares the site to be rendered page by page as it is asked for (`serve`).
    /// Writes nothing.
    /// - Parameter templates: the templates of an earlier preview, when none has changed since.
    public static func preview(_ options: Options, reusing templates: CheckedTemplates? = nil) -> Preview {
        let loaded = load(options, reusing: templates)
        let result = Result(diagnostics: loaded.diagnostics.sorted)
        guard !loaded.diagnostics.hasErrors, let content = loaded.content, let set = loaded.templates else {
            return Preview(site: nil, result: result, templates: loaded.checkedTemplates)
        }
        let published = publishable(content, options)
        let jobs = SiteJobs(published.content, templates: set, settings: .init(asOf: options.asOf, baseURL: options.baseURL))
        let site = SiteOnDemand(jobs) { files in
            Manifest(outputs: Manifest.hashes(files), inputs: inputDigests(options, leavingOut: published.leftOut)).data
        }
        return Preview(site: site, result: result, templates: loaded.checkedTemplates)
    }
}
