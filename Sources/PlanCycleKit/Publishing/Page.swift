/// Wraps a document's HTML in `layout.html.mustache`.
enum Page {
    static let schema: Schema = .object(Scope.baseSchema.merging([
        "lang": .value, "dir": .value, "title": .value, "body": .value, "stylesheet": .value, "stylesheet_inline": .value,
        "is_letter": .value, "kind": .value, "print_symbol_css": .value,
        "breadcrumbs": .list(.object(["title": .value, "url": .value])), "has_breadcrumbs": .value,
        "alternates": .list(.object(["lang": .value, "name": .value, "url": .value])), "has_alternates": .value,
    ]) { $1 })

    struct Crumb {
        var title: String
        var path: String
    }

    /// - Parameters:
    ///   - path: the page's path inside its language's folder.
    ///   - alternates: the other languages the page exists in.
    ///   - printSymbol: the document symbol that heads each printed page after the first.
    ///   - inlineStylesheet: the stylesheet's text, for a page that must stand alone (a preview).
    static func render(
        path: String, title: String, kind: String, body: String, crumbs: [Crumb], scope: Scope, alternates: [Language],
        printSymbol: String? = nil, templates: TemplateSet, inlineStylesheet: String? = nil
    ) -> String {
        var context = scope.base()
        let here = scope.prefix + path
        context.merge([
            "lang": scope.language.code, "dir": scope.language.direction, "title": title, "body": body, "kind": kind,
            "is_letter": kind == "letter",
            "stylesheet": scope.rootLink(from: path, to: PagePath.stylesheet),
            "has_breadcrumbs": !crumbs.isEmpty,
            "breadcrumbs": crumbs.map { ["title": $0.title, "url": PagePath.link(from: path, to: $0.path)] },
            "has_alternates": !alternates.isEmpty,
            "alternates": alternates.map { language -> [String: Any] in
                let prefix = language.code == TemplateSet.originalLanguage ? "" : language.code + "/"
                return ["lang": language.code, "name": language.name, "url": PagePath.link(from: here, to: prefix + path)]
            },
        ] as [String: Any]) { $1 }
        context["stylesheet_inline"] = inlineStylesheet
        context["print_symbol_css"] = printSymbol.map(cssString)
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
