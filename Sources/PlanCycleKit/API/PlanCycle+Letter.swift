import Foundation

extension PlanCycle {
    /// The letters that `reference` names, as one self-contained HTML page for review before
    /// clearance: the stylesheet is inlined and links are absolute, so the page works wherever it
    /// is saved. Drafts are included and marked.
    /// - Parameters:
    ///   - reference: a letter's file name (`forum-call`), its number (`CL-26/6`), or an activity
    ///     id (`wsis-forum`, `2025/cstd-28`), whose letters are all shown.
    ///   - language: the language to show them in; missing translations fall back to English.
    ///   - options: links point into `options.baseURL` when set, else into the `options.output` folder.
    /// - Returns: the page, or nil when the letters cannot be shown; the diagnostics that concern
    ///   those letters (their files, their activity, site.yaml and the templates).
    public static func letters(about reference: String, language: String = "en", _ options: Options) -> (html: String?, result: Result) {
        let loaded = load(options)
        let all = loaded.diagnostics.sorted
        guard let content = loaded.content, let templates = loaded.templates else { return (nil, Result(diagnostics: all)) }
        let letters = content.letters(named: reference)
        guard !letters.isEmpty else {
            let stem = "/" + (DocumentRef(reference, defaultYear: 0).id ?? reference) + ".md"
            let own = all.filter { $0.location.path.hasSuffix(stem) }
            guard own.isEmpty else { return (nil, Result(diagnostics: own)) }
            let diagnostics = Diagnostics()
            diagnostics.error(SourceLocation(path: options.content), "no circular letter or activity is named `\(reference)`.",
                              hint: Suggestion.hint(for: reference, in: content.letterReferences, allowedLabel: "Letters and activities"))
            return (nil, Result(diagnostics: diagnostics.sorted))
        }
        let paths = files(of: letters, content: content)
        let concerning = all.filter { paths.contains($0.location.path) || $0.location.path.hasPrefix(options.templates) }
        guard !concerning.contains(where: { $0.severity == .error }) else { return (nil, Result(diagnostics: concerning)) }
        guard let labels = templates.labels[language] else {
            let diagnostics = Diagnostics()
            diagnostics.error(SourceLocation(path: options.templates), "there is no label file for the language `\(language)`.",
                              hint: Suggestion.hint(for: language, in: templates.labels.keys.sorted(), allowedLabel: "Languages"))
            return (nil, Result(diagnostics: concerning + diagnostics.sorted))
        }
        let html = LetterPreview.render(letters, content: content, labels: labels, templates: templates, options: options)
        return (html, Result(diagnostics: concerning))
    }

    /// The files whose diagnostics concern `letters`: theirs, their annexes' and translations',
    /// their activities', and site.yaml with its translations.
    private static func files(of letters: [CircularLetter], content: Content) -> Set<String> {
        var paths = Set(letters.map(\.path) + [content.sitePath])
        for letter in letters {
            if let activity = content.activity(letter.activityRef) { paths.insert(activity.path) }
            paths.formUnion(letter.annexes.compactMap(\.file).map { letter.folder + "/" + $0 })
        }
        paths.formUnion(content.translations.filter { paths.contains($0.originalPath) || $0.kind == .site }.map(\.path))
        return paths
    }
}
