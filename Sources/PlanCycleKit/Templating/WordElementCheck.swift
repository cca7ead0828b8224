/// Warns of HTML elements in the templates of documents with Word files that the Word writer
/// cannot express: their content still reaches the Word file, as plain paragraphs or text, but
/// what the element means there (a form, a drawing) does not.
struct WordElementCheck {
    let templates: TemplateSet

    /// Checks `names` and the partials they include.
    func check(_ names: [String], diagnostics: Diagnostics) {
        var seen = Set<String>()
        var queue = names
        while let name = queue.popLast() {
            guard seen.insert(name).inserted, let source = templates.sources[name] else { continue }
            queue += TagScanner.tags(in: source.text).filter { $0.kind == .partial }.map(\.name)
            for (element, line, column) in Self.elements(in: source.text) where !WordElements.known.contains(element) {
                diagnostics.warning(SourceLocation(path: source.path, line: line, column: column),
                                    "the Word files have nothing for the element <\(element)>: its content is written as plain text there.",
                                    hint: "use an element that the README lists under \"Word files\", or keep it if plain text is enough there.")
            }
        }
    }

    /// The start tags of `text` (`<name`), with their positions, outside Mustache tags and comments.
    static func elements(in text: String) -> [(String, Int, Int)] {
        var result: [(String, Int, Int)] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        func advance(_ count: Int) {
            for _ in 0..<count where index < scalars.count {
                if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        func starts(_ prefix: String) -> Bool {
            let prefix = Array(prefix.unicodeScalars)
            return index + prefix.count <= scalars.count && Array(scalars[index..<index + prefix.count]) == prefix
        }
        while index < scalars.count {
            if starts("{{") {
                while index < scalars.count, !starts("}}") { advance(1) }
                advance(2)
            } else if starts("<!--") {
                while index < scalars.count, !starts("-->") { advance(1) }
                advance(3)
            } else if scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic {
                let (startLine, startColumn) = (line, column)
                advance(1)
                var name = ""
                while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) {
                    name.unicodeScalars.append(scalars[index])
                    advance(1)
                }
                result.append((name.lowercased(), startLine, startColumn))
            } else {
                advance(1)
            }
        }
        return result
    }
}
