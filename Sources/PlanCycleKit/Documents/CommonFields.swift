/// The top-level fields every document and the page layout have: the site and the page's language.
/// (The wording, `{{l.group.key}}`, is written into each language's templates when they are loaded.)
struct CommonFields: TemplateContext {
    var site: SiteContext
    var pageLanguage: String

    static let fields = TemplateFields<Self>([.field("site", \.site), .field("page_lang", \.pageLanguage)])
}

/// The language fields of a text from content (an activity, a letter), which may be shown
/// untranslated, or translated from an earlier version of the original (`stale`).
struct TextFields: TemplateContext {
    var textLanguage: String
    var direction: String
    var untranslated: Bool
    var staleTranslation: Bool

    static let fields = TemplateFields<Self>([
        .field("text_lang", \.textLanguage), .field("text_dir", \.direction),
        .field("untranslated", \.untranslated), .field("stale_translation", \.staleTranslation),
    ])
}

/// The language fields of a document's introduction.
struct IntroductionFields: TemplateContext {
    var untranslated: Bool
    var stale: Bool

    static let fields = TemplateFields<Self>([
        .field("introduction_untranslated", \.untranslated), .field("introduction_stale", \.stale),
    ])
}
