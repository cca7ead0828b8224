import Foundation

/// One or more letters as a single page that stands alone: the stylesheet inlined, every link
/// absolute, no breadcrumbs or language links.
enum LetterPreview {
    /// The page of `letters` (one letter: its number and subject as title; several: their activity's title).
    static func render(_ letters: [CircularLetter], content: Content, labels: Labels, templates: TemplateSet, options: Options) -> String {
        let scope = Scope(content: content, labels: labels, asOf: options.asOf)
        let paths = letters.map(\.path)
        let localized = paths.compactMap { path in scope.content.years.lazy.flatMap(\.letters).first { $0.path == path } }
        let base = linkBase(options)
        let body = localized.map { letter in
            let page = PagePath.letter(letter)
            let html = LetterDocument.body(of: letter, scope: scope, templates: templates).html
            return PreviewLinks.absolute(html, page: scope.prefix + page, base: base)
        }
            .joined(separator: "\n")
        let first = localized.first.map(PagePath.letter) ?? PagePath.index
        let title = localized.count == 1 ? localized.map { LetterDocument.title(of: $0, scope: scope) }.joined()
            : letters.first.flatMap { content.activity($0.activityRef) }?.title ?? ""
        let stylesheet = templates.assets[PagePath.stylesheet].map { String(decoding: $0, as: UTF8.self) }
        let page = Page.render(
            path: first, title: title, kind: LetterDocument.template, body: body, crumbs: [], scope: scope, alternates: [], templates: templates,
            inlineStylesheet: stylesheet ?? "")
        return PreviewLinks.absolute(page, page: scope.prefix + first, base: base)
    }

    /// Where the preview's links point: the published site's address, else the local output folder.
    static func linkBase(_ options: Options) -> URL {
        if let address = SiteAddress.base(options.baseURL), let url = URL(string: address) { return url }
        return URL(fileURLWithPath: options.output, isDirectory: true).standardizedFileURL
    }
}
