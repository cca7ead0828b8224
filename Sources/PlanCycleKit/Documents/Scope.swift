/// What the documents of one language are made with: the content as that language's readers see
/// it, its wording and its formats, and where its pages sit in the site.
final class Scope {
    let content: Content
    let labels: Labels
    let formats: Formats
    let asOf: Day?
    /// The address the site is published at, ending in `/`, when known (`build --base-url`): the
    /// Word files' links are made absolute with it, so that they work in a file sent on its own.
    var baseURL: String?

    convenience init(content: Content, labels: Labels, asOf: Day? = nil) {
        self.init(localized: content.localized(to: labels.language.code), labels: labels, asOf: asOf)
    }

    /// - Parameters:
    ///   - localized: content already localized to the labels' language.
    ///   - formats: the language's formats, when the caller hands them from one job to the next
    ///     (`Formats.Pool`: one job at a time, on any thread); new ones otherwise.
    init(localized: Content, labels: Labels, asOf: Day? = nil, formats: Formats? = nil) {
        self.content = localized
        self.labels = labels
        self.formats = formats ?? Formats(locale: labels.language.locale)
        self.asOf = asOf
    }

    var language: Language { labels.language }

    /// `""` for the original language, `fr/` for French: the folder of this language's pages.
    var prefix: String { PagePath.folder(of: language.code) }

    /// A link from a page of this language to a file at the site's root (stylesheet, feed, data).
    func rootLink(from page: String, to file: String) -> String { PagePath.link(from: prefix + page, to: file) }

    /// The language fields of a text in `textLanguage`; `stale` when that text is a translation
    /// made from an earlier version of the original.
    func text(_ textLanguage: String, stale: Bool = false) -> TextFields {
        TextFields(
            textLanguage: textLanguage, direction: Scope.direction(of: textLanguage), untranslated: textLanguage != language.code,
            staleTranslation: stale && textLanguage == language.code)
    }

    /// Block HTML from content in `textLanguage`, marked with its language when that is not the page's
    /// (WCAG 3.1.2, language of parts), so that the page's own wording keeps the page's language.
    func marked(_ html: String, _ textLanguage: String) -> String {
        guard textLanguage != language.code, !html.isEmpty else { return html }
        return "<div lang=\"\(textLanguage)\" dir=\"\(Scope.direction(of: textLanguage))\">" + html + "</div>"
    }

    /// Inline HTML from content in `textLanguage`, marked like `marked(_:_:)`.
    func markedInline(_ html: String, _ textLanguage: String) -> String {
        guard textLanguage != language.code, !html.isEmpty else { return html }
        return "<span lang=\"\(textLanguage)\" dir=\"\(Scope.direction(of: textLanguage))\">" + html + "</span>"
    }

    /// The writing direction of a language's text.
    static func direction(of language: String) -> String { language == "ar" ? "rtl" : "ltr" }

    /// The fields of a document's introduction, whose text is in `textLanguage`.
    func introduction(_ textLanguage: String, stale: Bool = false) -> IntroductionFields {
        IntroductionFields(untranslated: textLanguage != language.code, stale: stale && textLanguage == language.code)
    }

    /// The wording of a fixed value.
    func label(_ group: String, _ key: String) -> String { labels.label(group, key) }

    /// The top-level fields every document has: made once per scope, since every page and its
    /// layout give them (the site's notice is Markdown, rendered here).
    private(set) lazy var common = CommonFields(site: SiteContext(content.site), pageLanguage: language.code)
}
