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
            let nodes = node.nodes
            switch node.kind {
            case .text:
                output += node.text
            case .variable:
                guard let value = lookUp(node.name) else { return }
                output += node.escaped ? escaping.escape(value.text) : value.text
            case .section:
                switch lookUp(node.name) {
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
            case .inverted:
                switch lookUp(node.name) {
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
            case .partial:
                guard let partial = library[node.text] else { return }
                render(partial.nodes, escaping: partial.escaping, indentation: indentation + (node.indentation ?? ""), into: &output)
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
            switch name.reach {
            case .current:
                return stack.last
            case .inCurrent:
                return stack.last.flatMap { Self.resolve(name.parts[...], in: $0) }
            case .inStack:
                guard let first = name.parts.first else { return stack.last }
                // By index, innermost first: iterating `stack.reversed()` copied every context passed.
                var index = stack.count
                while index > 0 {
                    index -= 1
                    guard let value = stack[index].child(named: first) else { continue }
                    return name.parts.count == 1 ? value : Self.resolve(name.parts.dropFirst(), in: value)
                }
                return nil
            }
        }

        private static func resolve(_ parts: ArraySlice<String>, in value: TemplateData) -> TemplateData? {
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
