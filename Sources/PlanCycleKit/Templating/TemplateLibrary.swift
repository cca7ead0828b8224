import Mustache

/// One template file's text, parsed: by PlanCycle (`CompiledTemplate`), or by swift-mustache for
/// what PlanCycle's renderer leaves to it.
enum ParsedTemplate {
    case compiled(CompiledTemplate, text: String)
    case mustache(MustacheTemplate)

    /// Parses `text`; throws swift-mustache's error, with its position (one line down, for the
    /// pragma that names the content type), when it does not parse.
    static func parse(_ text: String, isMarkdown: Bool) throws -> ParsedTemplate {
        _ = contentTypes
        let forMustache = (isMarkdown ? TemplateSet.markdownPragma : TemplateSet.htmlPragma) + text
        if let compiled = CompiledTemplate.parse(text, escaping: isMarkdown ? .markdown : .html) {
            return .compiled(compiled, text: forMustache)
        }
        return .mustache(try MustacheTemplate(string: forMustache))
    }

    /// PlanCycle's content types, registered with swift-mustache once, before the first template
    /// is parsed (its pragma names one).
    private static let contentTypes: Void = MarkdownContentType.register()

    /// The template as swift-mustache reads it.
    var mustache: MustacheTemplate? {
        switch self {
        case .compiled(_, let text): try? MustacheTemplate(string: text)
        case .mustache(let template): template
        }
    }
}

/// The templates of one language, which partials are found in: all compiled, or, when one of
/// them needs swift-mustache, all of them read by swift-mustache.
enum TemplateLibrary {
    case compiled(CompiledTemplate.Library)
    case mustache(MustacheLibrary)

    init(_ templates: [String: ParsedTemplate]) {
        var compiled: CompiledTemplate.Library = [:]
        for (name, template) in templates {
            guard case .compiled(let template, _) = template else {
                self = .mustache(MustacheLibrary(templates: templates.compactMapValues(\.mustache)))
                return
            }
            compiled[name] = template
        }
        self = .compiled(compiled)
    }

    /// Template `name` rendered with `data`; nil when there is no such template.
    func render(_ data: TemplateData, template name: String) -> String? {
        switch self {
        case .compiled(let templates):
            templates[name]?.render(data, library: templates)
        case .mustache(let library):
            library.render(MustacheBox.value(data) as Any, withTemplate: name)
        }
    }
}
