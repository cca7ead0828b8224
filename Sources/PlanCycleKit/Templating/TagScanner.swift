import Foundation

/// Finds the Mustache tags of a template with their positions, for checking them against the
/// fields that PlanCycle provides (swift-mustache renders unknown names as empty text, silently).
struct TagScanner {
    enum Kind: Equatable {
        case variable, section, invertedSection, close, partial, other
    }

    struct Tag {
        var kind: Kind
        /// The field name with any transform stripped: `uppercased(title)` gives `title`.
        var name: String
        var line: Int
        var column: Int
    }

    /// The tags of `text`, following `{{=<% %>=}}` delimiter changes.
    static func tags(in text: String) -> [Tag] {
        let chars = Array(text)
        var open = Array("{{"), close = Array("}}")
        var tags: [Tag] = []
        var index = 0, line = 1, lineStart = 0

        func matches(_ pattern: [Character], at position: Int) -> Bool {
            guard position + pattern.count <= chars.count else { return false }
            for offset in pattern.indices where chars[position + offset] != pattern[offset] { return false }
            return true
        }

        while index < chars.count {
            if chars[index] == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard matches(open, at: index) else {
                index += 1
                continue
            }
            let column = index - lineStart + 1
            var start = index + open.count
            var closing = close
            if open == Array("{{"), start < chars.count, chars[start] == "{" {
                closing = Array("}}}")
                start += 1
            }
            var end = start
            while end < chars.count, !matches(closing, at: end) { end += 1 }
            guard end < chars.count else { break }  // unclosed: the parser reports it
            let inner = String(chars[start..<end])
            let tagLine = line
            for position in index..<end where chars[position] == "\n" {
                line += 1
                lineStart = position + 1
            }
            index = end + closing.count
            if closing.count == 3 {
                let name = fieldName(inner)
                if isName(name) { tags.append(Tag(kind: .variable, name: name, line: tagLine, column: column)) }
                continue
            }
            if let change = delimiters(inner) {
                (open, close) = change
            } else if let tag = tag(inner, line: tagLine, column: column) {
                tags.append(tag)
            }
        }
        return tags
    }

    /// The tag whose text between the delimiters is `inner`; nil for an empty tag.
    private static func tag(_ inner: String, line: Int, column: Int) -> Tag? {
        let trimmed = inner.trimmed
        guard let sigil = trimmed.first else { return nil }
        let rest = String(trimmed.dropFirst())
        let (kind, name): (Kind, String)
        switch sigil {
        case "#": (kind, name) = (.section, fieldName(rest))
        case "^": (kind, name) = (.invertedSection, fieldName(rest))
        case "/": (kind, name) = (.close, fieldName(rest))
        case ">": (kind, name) = (.partial, rest.trimmed)
        case "&": (kind, name) = (.variable, fieldName(rest))
        case "!", "%", "$", "<": (kind, name) = (.other, rest)
        case "=": return nil  // a delimiter change (`delimiters`), or a malformed one that the parser reports
        default: (kind, name) = (.variable, fieldName(trimmed))
        }
        guard kind == .other || isName(name) else { return nil }
        return Tag(kind: kind, name: name, line: line, column: column)
    }

    /// Whether the template parser reads `name` as a name. A tag left open (`{{title}`) runs on to
    /// the next `}}` and holds markup; the parser reports it at its place, and checking it as a
    /// field as well only showed the officer a confusing second error.
    private static func isName(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_", "?", "*", "/", "(", ")": true
            default: false
            }
        }
    }

    /// The new delimiters of a `{{=<% %>=}}` tag, if `inner` is one (a malformed one changes nothing).
    private static func delimiters(_ inner: String) -> (open: [Character], close: [Character])? {
        let trimmed = inner.trimmed
        guard trimmed.first == "=" else { return nil }
        let parts = trimmed.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
        return parts.count == 2 ? (Array(parts[0]), Array(parts[1])) : nil
    }

    /// `title` from `title`, `uppercased(title)` or `reversed(sorted(items))`.
    static func fieldName(_ text: String) -> String {
        var name = text.trimmed
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        return name.trimmed
    }
}
