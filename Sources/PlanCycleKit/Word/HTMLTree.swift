/// The HTML of a rendered document (the templates' own HTML and libcmark's) read back into a tree,
/// for the Word writer. It is PlanCycle's own output, so the reader needs only what that output
/// uses: elements with quoted attributes, void elements, comments and character references. It is
/// forgiving all the same, since a template author may write any HTML: an end tag with no open
/// element is ignored, and an element left open is closed by its parent's end.
enum HTMLNode: Equatable {
    case text(String)
    case element(HTMLElement)
}

struct HTMLElement: Equatable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The element's classes.
    var classes: [Substring] { (attributes["class"] ?? "").split(separator: " ") }
    func hasClass(_ name: String) -> Bool { classes.contains { $0 == name } }

    /// The text of the element and its descendants.
    var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}

enum HTMLTree {
    static let voidElements: Set<String> = ["br", "img", "hr", "input", "meta", "link", "col", "wbr", "area", "base", "source"]

    /// The nodes of `html`.
    static func parse(_ html: String) -> [HTMLNode] {
        var reader = Reader(scalars: Array(html.unicodeScalars))
        return reader.nodes(until: nil)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// The names of the open elements, innermost last, so that an end tag closes what it names.
        var open: [String] = []

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        /// Nodes up to the end tag of `parent` (consumed), or the end of the input.
        mutating func nodes(until parent: String?) -> [HTMLNode] {
            var nodes: [HTMLNode] = []
            var text = String.UnicodeScalarView()
            func flush() {
                if !text.isEmpty { nodes.append(.text(String(text))) }
                text = String.UnicodeScalarView()
            }
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "&" {
                    text.append(contentsOf: reference())
                } else if scalar == "<", let next = scalars[safe: index + 1] {
                    if next == "!" {
                        flush()
                        skipComment()
                    } else if next == "/" {
                        let name = endTagName()
                        if name == parent { flush(); return nodes }
                        // An end tag that closes an outer element ends this one too.
                        if open.contains(name) {
                            index = rewind
                            flush()
                            return nodes
                        }
                    } else if next.properties.isAlphabetic, let (name, attributes, selfClosing) = startTag() {
                        flush()
                        var element = HTMLElement(name: name, attributes: attributes, children: [])
                        if !selfClosing, !Self.isVoid(name) {
                            open.append(name)
                            element.children = self.nodes(until: name)
                            open.removeLast()
                        }
                        nodes.append(.element(element))
                    } else {
                        text.append(scalar)
                        index += 1
                    }
                } else {
                    // A run of plain text at once, up to the next reference or tag.
                    let start = index
                    index += 1
                    while index < scalars.count, scalars[index] != "&", scalars[index] != "<" { index += 1 }
                    text.append(contentsOf: scalars[start..<index])
                }
            }
            flush()
            return nodes
        }

        static func isVoid(_ name: String) -> Bool { HTMLTree.voidElements.contains(name) }

        /// Where the last end tag read began, to leave it for an outer element.
        var rewind = 0

        mutating func endTagName() -> String {
            rewind = index
            index += 2
            var name = ""
            while index < scalars.count, scalars[index] != ">" {
                if !scalars[index].properties.isWhitespace { name.unicodeScalars.append(scalars[index]) }
                index += 1
            }
            index += 1
            return name.lowercased()
        }

        /// A comment (`<!-- ... -->`) or a declaration (`<!DOCTYPE ...>`).
        mutating func skipComment() {
            let isComment = scalars[safe: index + 2] == "-" && scalars[safe: index + 3] == "-"
            index += isComment ? 4 : 2
            while index < scalars.count {
                defer { index += 1 }
                if scalars[index] == ">", !isComment || (scalars[index - 1] == "-" && scalars[index - 2] == "-") { return }
            }
        }

        /// A start tag at `index`: name, attributes and whether it ends with `/>`; nil (and nothing
        /// consumed) when it is not one, so that the `<` is text.
        mutating func startTag() -> (String, [String: String], Bool)? {
            let start = index
            index += 1
            var name = ""
            while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">", scalars[index] != "/" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            var attributes: [String: String] = [:]
            var selfClosing = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == ">" { index += 1; return (name.lowercased(), attributes, selfClosing) }
                if scalar == "/" { selfClosing = true; index += 1; continue }
                if scalar.properties.isWhitespace { index += 1; continue }
                selfClosing = false
                let (key, value) = attribute()
                if !key.isEmpty { attributes[key] = value }
            }
            index = start
            return nil
        }

        mutating func attribute() -> (String, String) {
            var key = ""
            while index < scalars.count, !scalars[index].properties.isWhitespace, !"=>/".unicodeScalars.contains(scalars[index]) {
                key.unicodeScalars.append(scalars[index])
                index += 1
            }
            if key.isEmpty { index += 1; return ("", "") }
            guard index < scalars.count, scalars[index] == "=" else { return (key.lowercased(), "") }
            index += 1
            var value = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                index += 1
                while index < scalars.count, scalars[index] != quote {
                    if scalars[index] == "&" { value.append(contentsOf: reference()) } else { value.append(scalars[index]); index += 1 }
                }
                index += 1
            } else {
                while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" {
                    value.append(scalars[index])
                    index += 1
                }
            }
            return (key.lowercased(), String(value))
        }

        /// A character reference at `index` (`&amp;`, `&#39;`, `&#x2013;`), as the text it stands
        /// for; an `&` that starts none is itself.
        mutating func reference() -> String.UnicodeScalarView {
            var end = index + 1
            while end < scalars.count, end - index < 12, scalars[end] != ";", scalars[end] != "&", !scalars[end].properties.isWhitespace { end += 1 }
            guard end < scalars.count, scalars[end] == ";" else { index += 1; return "&".unicodeScalars }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            var result: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                result = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                result = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                result = Self.named[body]
            }
            guard let result else { index += 1; return "&".unicodeScalars }
            index = end + 1
            return String.UnicodeScalarView([result])
        }

        static let named: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ndash": "\u{2013}", "mdash": "\u{2014}",
            "hellip": "\u{2026}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}",
            "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "middot": "\u{B7}", "bull": "\u{2022}",
            "laquo": "\u{AB}", "raquo": "\u{BB}", "times": "\u{D7}", "minus": "\u{2212}", "deg": "\u{B0}", "sect": "\u{A7}",
            "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "euro": "\u{20AC}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        ]
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
