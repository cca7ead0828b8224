/// Wraps a document's HTML in `layout.html.mustache`.
enum Page {
    /// What the layout is given.
    struct Context: TemplateContext {
        struct Crumb: TemplateContext {
            var title: String
            var url: String
            static let fields = TemplateFields<Self>([.field("title", \.title), .field("url", \.url)])
        }

        struct Alternate: TemplateContext {
            var lang: String
            var name: String
            var url: String
            static let fields = TemplateFields<Self>([.field("lang", \.lang), .field("name", \.name), .field("url", \.url)])
        }

        var common: CommonFields
        var lang: String
        var dir: String
        var title: String
        var body: String
        var kind: String
        var stylesheet: String
        var stylesheetInline: String?
        var printSymbolCSS: String?
        /// The link to the page's Word file, if it has one.
        var wordFile: String?
        var breadcrumbs: [Crumb]
        var alternates: [Alternate]
        var isLetter: Bool { kind == LetterDocument.template }
        var hasBreadcrumbs: Bool { !breadcrumbs.isEmpty }
        var hasAlternates: Bool { !alternates.isEmpty }

        static let fields = TemplateFields<Self>([
            .field("lang", \.lang), .field("dir", \.dir), .field("title", \.title), .field("body", \.body),
            .field("stylesheet", \.stylesheet), .field("stylesheet_inline", \.stylesheetInline),
            .field("is_letter", \.isLetter), .field("kind", \.kind), .field("print_symbol_css", \.printSymbolCSS),
            .field("word_file", \.wordFile),
            .field("breadcrumbs", \.breadcrumbs), .field("has_breadcrumbs", \.hasBreadcrumbs),
            .field("alternates", \.alternates), .field("has_alternates", \.hasAlternates),
        ], parts: [TemplateFields.part(\.common)])
    }

    /// A link of the breadcrumb trail: a title and the path of its page.
    struct Crumb {
        var title: String
        var path: String

        /// The site's front page.
        static func home(_ scope: Scope) -> Crumb { Crumb(title: scope.content.site.workingGroupShortName, path: PagePath.index) }
        /// A year's page.
        static func year(_ year: Int) -> Crumb { Crumb(title: "\(year)", path: PagePath.year(year)) }
        /// A year's list of letters.
        static func letters(_ year: Int, scope: Scope) -> Crumb {
            Crumb(title: scope.label("page", "circular_letters"), path: PagePath.letters(year))
        }
    }

    /// - Parameters:
    ///   - path: the page's path inside its language's folder.
    ///   - alternates: the other languages the page exists in.
    ///   - printSymbol: the document symbol that heads each printed page after the first.
    ///   - wordFile: the link to the page's Word file, if it has one.
    ///   - inlineStylesheet: the stylesheet's text, for a page that must stand alone (a preview).
    static func render(
        path: String, title: String, kind: String, body: String, crumbs: [Crumb], scope: Scope, alternates: [Language],
        printSymbol: String? = nil, wordFile: String? = nil, templates: TemplateSet, inlineStylesheet: String? = nil
    ) -> String {
        let here = scope.prefix + path
        let context = Context(
            common: scope.common, lang: scope.language.code, dir: scope.language.direction, title: title, body: body, kind: kind,
            stylesheet: scope.rootLink(from: path, to: PagePath.stylesheet), stylesheetInline: inlineStylesheet,
            printSymbolCSS: printSymbol.map(cssString), wordFile: wordFile,
            breadcrumbs: crumbs.map { Context.Crumb(title: $0.title, url: PagePath.link(from: path, to: $0.path)) },
            alternates: alternates.map { language in
                Context.Alternate(lang: language.code, name: language.name, url: PagePath.link(from: here, to: PagePath.folder(of: language.code) + path))
            })
        return templates.render("layout", context, language: scope.language.code)
    }

    /// `text` as a quoted CSS string that is also safe inside `<style>`: every character other
    /// than letters, digits, space and `-./` is written as a CSS escape (`\3C ` for `<`).
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " -./".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return result + "\""
    }
}
