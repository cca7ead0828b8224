// Rendering a `CompiledTemplate`, as swift-mustache renders (`Template+Render.swift`, 2.1.1):
// the same lookups up the context stack, the same truth of values in sections, and the same
// indentation of a partial's lines, token by token.
extension CompiledTemplate {
    /// Templates by name, which partials are looked up in.
    typealias Library = [String: CompiledTemplate]

    /// The template with `root` as its context.
    func render(_ root: TemplateData, library: Library = [:]) -> String {
        var renderer = Renderer(library: library, stack: [root])
        var output = ""
        renderer.render(nodes, escaping: escaping, indentation: "", into: &output)
        return output
    }

    private struct Renderer {
        let library: Library
        var stack: [TemplateData]

        mutating func render(_ nodes: [Node], escaping: Escaping, indentation: String, into output: inout String) {
            guard !indentation.isEmpty else {
                for node in nodes { render(node, escaping: escaping, indentation: indentation, into: &output) }
                return
            }
            // Indented (a standalone partial's lines): each token's output that starts a line is
            // indented; a line break in a merged value is not a line of the template.
            var text = ""
            for node in nodes {
                var piece = ""
                render(node, escaping: escaping, indentation: indentation, into: &piece)
                if !piece.isEmpty, Self.endsWithLineFeed(text) { text += indentation }
                text += piece
            }
            output += text
        }

        private mutating func render(_ node: Node, escaping: Escaping, indentation: String, into output: inout String) {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { return }
                output += escaped ? escaping.escape(value.text) : value.text
            case .section(let name, let nodes):
                switch lookUp(name) {
                case .list(let list)?:
                    for index in 0..<list.count {
                        push(list.item(at: index)) { $0.render(nodes, escaping: escaping, indentation: indentation, into: &output) }
                    }
                case .bool(let value)?:
                    if value { render(nodes, escaping: escaping, indentation: indentation, into: &output) }
                case nil, .absent?:
                    return
                case let value?:
                    push(value) { $0.render(nodes, escaping: escaping, indentation: indentation, into: &output) }
                }
            case .inverted(let name, let nodes):
                switch lookUp(name) {
                case .list(let list)?:
                    if list.count == 0 {
                        push(.list(list)) { $0.render(nodes, escaping: escaping, indentation: indentation, into: &output) }
                    }
                case .bool(let value)?:
                    if !value { render(nodes, escaping: escaping, indentation: indentation, into: &output) }
                case nil, .absent?:
                    render(nodes, escaping: escaping, indentation: indentation, into: &output)
                case .some:
                    return
                }
            case .partial(let name, let indented):
                guard let partial = library[name] else { return }
                render(partial.nodes, escaping: partial.escaping, indentation: indentation + (indented ?? ""), into: &output)
            }
        }

        private mutating func push(_ value: TemplateData, _ body: (inout Renderer) -> Void) {
            stack.append(value)
            body(&self)
            stack.removeLast()
        }

        /// The value of `name`: the first context from the innermost out that has its first part,
        /// then each further part inside that.
        private func lookUp(_ name: Name) -> TemplateData? {
            switch name {
            case .current:
                return stack.last
            case .inCurrent(let parts):
                return stack.last.flatMap { Self.resolve(parts, in: $0) }
            case .inStack(let first, let rest):
                for context in stack.reversed() {
                    if let value = context.child(named: first) { return Self.resolve(rest, in: value) }
                }
                return nil
            }
        }

        private static func resolve(_ parts: [String], in value: TemplateData) -> TemplateData? {
            var value = value
            for part in parts {
                guard let child = value.child(named: part) else { return nil }
                value = child
            }
            return value
        }

        /// Whether `text` ends with a line feed that is a character of its own (not `\r\n`).
        private static func endsWithLineFeed(_ text: String) -> Bool {
            var bytes = text.utf8.reversed().makeIterator()
            return bytes.next() == 0x0A && bytes.next() != 0x0D
        }
    }
}
