/// A Mustache template parsed by PlanCycle, rendered against `TemplateData` without a dynamic cast.
///
/// It reads the tags PlanCycle's templates use: variables, sections, inverted sections, comments,
/// partials and delimiter changes. A template that uses more of swift-mustache (transforms,
/// inheritance, pragmas, dynamic partials), or that does not parse, is left to swift-mustache,
/// which reports its errors; `parse` returns nil for it. The parser follows swift-mustache's own
/// (`Template+Parser.swift`) step by step, so the two give the same text for every template both
/// read: which lines are standalone, where indentation goes, and which names are names.
struct CompiledTemplate {
    /// A name as a tag writes it, split at its dots.
    struct Name: Equatable {
        enum Reach {
            /// `{{.}}`: the value in view.
            case current
            /// `{{.a.b}}`: a field of the value in view only.
            case inCurrent
            /// `{{a.b}}`: `a` from the innermost context that has it, then `b` of that.
            case inStack
        }

        let reach: Reach
        let parts: [String]

        static let current = Name(reach: .current, parts: [])
    }

    /// One piece of a template. A class, not an enum with payloads: LeakSanitizer cannot follow
    /// the tagged pointers of an indirect enum, and reported the shipped templates as leaked. (As
    /// a struct, each node visited was copied with its four references: 2% of a large build.)
    final class Node {
        enum Kind { case text, variable, section, inverted, partial }

        let kind: Kind
        /// The text, or the partial's name.
        let text: String
        let name: Name
        let escaped: Bool
        /// A section's nodes.
        let nodes: [Node]
        /// The whitespace before a partial that stands alone on its line.
        let indentation: String?

        private init(kind: Kind, text: String = "", name: Name = .current, escaped: Bool = false, nodes: [Node] = [], indentation: String? = nil) {
            self.kind = kind
            self.text = text
            self.name = name
            self.escaped = escaped
            self.nodes = nodes
            self.indentation = indentation
        }

        static func text(_ text: String) -> Node { Node(kind: .text, text: text) }
        static func variable(_ name: Name, escaped: Bool) -> Node { Node(kind: .variable, name: name, escaped: escaped) }
        static func section(_ name: Name, _ nodes: [Node]) -> Node { Node(kind: .section, name: name, nodes: nodes) }
        static func inverted(_ name: Name, _ nodes: [Node]) -> Node { Node(kind: .inverted, name: name, nodes: nodes) }
        static func partial(_ name: String, indentation: String?) -> Node { Node(kind: .partial, text: name, indentation: indentation) }
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
        let parts = written.split(separator: ".").map(String.init)
        if written == "." || parts.isEmpty {
            self = .current
        } else {
            self.init(reach: written.first == "." ? .inCurrent : .inStack, parts: parts)
        }
    }
}
