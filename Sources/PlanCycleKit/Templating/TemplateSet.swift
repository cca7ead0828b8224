import Foundation

/// The templates folder, parsed: Mustache templates, label files and assets.
public struct TemplateSet {
    /// One template file.
    struct Source {
        var name: String
        var path: String
        var text: String
        var isMarkdown: Bool
    }

    let library: TemplateLibrary
    /// Each language's templates with its wording written in place of `{{l.group.key}}`, so that
    /// rendering looks up no wording at all (it was most of the tags of a page).
    let libraries: [String: TemplateLibrary]
    let sources: [String: Source]
    /// Files under `assets/`, by path relative to it, copied to the site as they are.
    let assets: [String: Data]
    /// The wording of each language with a label file, by language code; keys missing from a
    /// language are filled from English.
    let labels: [String: Labels]
    /// Label files as written (not filled), for completeness checks and tag checks.
    let labelFiles: [String: Labels]
    /// `reference.docx`, the house style of the Word files; nil without one (no Word files are made).
    var reference: ReferenceDocument?

    static let originalLanguage = "en"

    /// The wording of `code`, or of English when that language has no label file.
    func labels(for code: String) -> Labels? { labels[code] ?? labels[Self.originalLanguage] }

    /// The page layout, which every document kind's page is set in.
    static let layout = "layout"

    /// Renders template `name` with `context`; Markdown templates are then rendered to HTML.
    func render(_ name: String, _ context: some TemplateContext, language: String = originalLanguage) -> String {
        let text = (libraries[language] ?? library).render(.object(context), template: name) ?? ""
        guard sources[name]?.isMarkdown == true else { return text }
        return Markdown.templateHTML(text)
    }
}
