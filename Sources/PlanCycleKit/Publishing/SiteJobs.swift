import Foundation

/// A site cut into units of rendering that can run in any order and on any core: each language's
/// front page, and each language's pages of one year. `SiteRenderer` runs them all (`build`);
/// `SiteOnDemand` runs each only when one of its pages is first asked for (`serve`).
struct SiteJobs: @unchecked Sendable {
    /// One unit: the front page of a language (`year` nil), or a language's pages of one year.
    struct Job: Hashable, Sendable {
        var language: Int
        var year: Int?
    }

    let content: Content
    let templates: TemplateSet
    let settings: SiteRenderer.Settings
    /// The languages the site is published in that have a label file, in the site's order.
    let languages: [Labels]
    let jobs: [Job]
    /// Formats handed from one job to the next, so that ICU's formatters are opened once per
    /// language and core, not once per job.
    private let formats = Formats.Pool()

    init(_ content: Content, templates: TemplateSet, settings: SiteRenderer.Settings) {
        self.content = content
        self.templates = templates
        self.settings = settings
        languages = content.site.languages.compactMap { templates.labels[$0] }
        var jobs: [Job] = []
        for language in languages.indices {
            jobs.append(Job(language: language, year: nil))
            jobs += content.years.indices.map { Job(language: language, year: $0) }
        }
        self.jobs = jobs
    }

    /// The content as it reads in one of the site's languages.
    func localized(_ language: Int) -> Content { content.localized(to: languages[language].language.code) }

    /// The pages of one job, by site path. `localized` is `localized(job.language)`, made once per
    /// language; `wordFiles` false leaves the Word files out; `only`, a site path, makes just that
    /// page (with its Word file, when `wordFiles`).
    func pages(_ job: Job, localized: Content, wordFiles: Bool = true, only: String? = nil) -> [(String, Data)] {
        let labels = languages[job.language]
        // Each job makes its own Scope, and takes formats no other job is using: formatters are
        // not shared between threads.
        let formats = formats.take(labels.language.locale)
        defer { self.formats.give(formats) }
        let scope = Scope(localized: localized, labels: labels, asOf: settings.asOf, formats: formats)
        scope.baseURL = SiteAddress.base(settings.baseURL)
        let others = languages.map(\.language).filter { $0 != labels.language }
        var inside: String?
        if let only {
            guard only.hasPrefix(scope.prefix) else { return [] }
            inside = String(only.dropFirst(scope.prefix.count))
        }
        return SiteRenderer.pages(
            scope: scope, year: job.year, alternates: others, templates: templates, documents: settings.documents, wordFiles: wordFiles,
            only: inside)
            .map { (scope.prefix + $0.0, $0.1) }
    }

    /// The job whose pages include `path`, from the path alone (`fr/2026/plan.html` is French, 2026);
    /// nil for a path that no job makes.
    func job(for path: String) -> Job? {
        var rest = Substring(path)
        var language = languages.firstIndex { $0.language.code == TemplateSet.originalLanguage }
        if let slash = rest.firstIndex(of: "/"),
           let prefixed = languages.firstIndex(where: { $0.language.code != TemplateSet.originalLanguage && $0.language.code == rest[..<slash] }) {
            language = prefixed
            rest = rest[rest.index(after: slash)...]
        }
        guard let language else { return nil }
        if rest == PagePath.index { return Job(language: language, year: nil) }
        guard let slash = rest.firstIndex(of: "/"), let number = Int(rest[..<slash]),
              let year = content.years.firstIndex(where: { $0.year == number }) else { return nil }
        return Job(language: language, year: year)
    }

    /// The files that are not pages: the assets, each year's data and calendar, and the feed.
    func otherFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        for part in Parallel.map(otherFileUnits, otherFiles(unit:)) {
            for (path, data) in part { files[path] = data }
        }
        return files
    }

    /// The files that are not pages come in these many units, to be made in any order and on any core.
    var otherFileUnits: Int { content.years.count + 1 }

    /// A year's data and calendar (`unit` the year's index), or, last, the assets and the feed.
    func otherFiles(unit: Int) -> [(String, Data)] {
        guard content.years.indices.contains(unit) else {
            return templates.assets.sorted { $0.key < $1.key } + [(PagePath.feed, Data(AtomFeed.xml(content, baseURL: settings.baseURL).utf8))]
        }
        let year = content.years[unit]
        return [(PagePath.planData(year.year), PlanData.json(year, content: content)),
                (PagePath.calendar(year.year), Data(ICalendar.ics(year, content: content, baseURL: settings.baseURL).utf8))]
    }
}
