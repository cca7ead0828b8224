/// A content file that `plancycle new` makes from its scaffold in `Templates/scaffolds/`.
public enum NewFile: Sendable {
    /// `content/<year>/year.md` and the year's folders (and `site.yaml` when there is none).
    case year(Int)
    /// `content/<year>/activities/<id>.md`; the year defaults to the latest.
    case activity(id: String, year: Int?)
    /// `content/<YYYY>/letters/<name>.md` about an activity (`id` or `YYYY/id`), dated today.
    case letter(name: String, activity: String)
    /// `content/<year>/outcomes/<id>.md` for an activity of that year; the year defaults to the latest.
    case outcome(id: String, year: Int?)
    /// `<name>.<lang>.md` beside an original (a path relative to the current or the content
    /// folder): its translatable text to translate, with the `source_hash` of the version copied.
    case translation(original: String, language: String)
}

extension PlanCycle {
    /// Writes a new content file from its scaffold. Never overwrites: an id that is invalid or
    /// already taken is an error with a suggestion, and nothing is written; so is a scaffold that
    /// no longer reads as the content format.
    /// - Returns: the paths written (`written`), and the problems.
    public static func new(_ file: NewFile, _ options: Options) -> Result {
        let loaded = load(options)
        let diagnostics = Diagnostics()
        let scaffolds = ContentFolder.join(options.templates, "scaffolds")
        let broken = loaded.diagnostics.sorted.filter { $0.severity == .error && $0.location.path.hasPrefix(scaffolds) }
        guard broken.isEmpty else { return Result(diagnostics: broken) }
        let scaffolder = Scaffolder(content: loaded.content, options: options, diagnostics: diagnostics)
        let written: [String]
        switch file {
        case .year(let year): written = scaffolder.year(year)
        case .activity(let id, let year): written = scaffolder.activity(id, year: year)
        case .letter(let name, let activity): written = scaffolder.letter(name, activity: activity)
        case .outcome(let id, let year): written = scaffolder.outcome(id, year: year)
        case .translation(let original, let language): written = scaffolder.translation(of: original, language: language)
        }
        return Result(diagnostics: diagnostics.sorted, written: written)
    }
}
