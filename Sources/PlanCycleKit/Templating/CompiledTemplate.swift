/// A Mustache template parsed by PlanCycle, rendered against `TemplateData` without a dynamic cast.
///
/// It reads the tags PlanCycle's templates use: variables, sections, inverted sections, comments,
/// partials and delimiter changes. A template that uses more of swift-mustache (transforms,
/// inheritance, pragmas, dynamic partials), or that does not parse, is left to swift-mustache,
/// which reports its errors; `parse` returns nil for it. The parser follows swift-mustache's own
/// (`Template+Parser.swift`) step by step, so the two give the same text for every template both
/// read: which lines are standalone, where indentation goes, and which names are names.
struct CompiledTemplate {
    /// How a name is looked up.
    enum Name: Equatable {
        /// `{{.}}`: the value in view.
        case current
        /// `{{.a.b}}`: a field of the value in view only.
        case inCurrent([String])
        /// `{{a.b}}`: `a` from the innermost context that has it, then `b` of that.
        case inStack(String, [String])
    }

    indirect enum Node {
        case text(String)
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case inverted(Name, [Node])
        /// A partial; `indentation` is the whitespace before a partial that stands alone on its line.
        case partial(String, indentation: String?)
    }

    /// How merged values are escaped.
    enum Escaping {
        case html, markdown, none

        func escape(_ text: String) -> String {
            switch self {
            case .html: HTMLEscaping.escape(text)
            case .markdown: MarkdownContentType.escape(text)
            case .none: text
            }
        }
    }

    let nodes: [Node]
    let escaping: Escaping

    /// `text` parsed; nil when swift-mustache must read it instead.
    static func parse(_ text: String, escaping: Escaping) -> CompiledTemplate? {
        let bytes = Array(text.utf8)
        guard !GraphemeJoins.anyAtASCII(bytes) else { return nil }
        var parser = TemplateParser(bytes: bytes)
        guard let nodes = try? parser.parse(section: nil, newLine: true) else { return nil }
        return CompiledTemplate(nodes: nodes, escaping: escaping)
    }
}

extension CompiledTemplate.Name {
    /// The name as written in a tag, read as swift-mustache reads it.
    init(_ written: String) {
        if written == "." {
            self = .current
            return
        }
        let parts = written.split(separator: ".").map(String.init)
        if written.first == "." {
            self = parts.isEmpty ? .current : .inCurrent(parts)
        } else if let first = parts.first {
            self = .inStack(first, Array(parts.dropFirst()))
        } else {
            self = .current
        }
    }
}
