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

    /// Whether `name` is one of the element's classes (the words of its `class`), found without
    /// splitting the attribute into a list: this is asked of every element, several times.
    func hasClass(_ name: String) -> Bool {
        guard !name.isEmpty, let value = attributes["class"]?.utf8 else { return false }
        var start = value.startIndex
        while start < value.endIndex {
            let end = value[start...].firstIndex(of: UInt8(ascii: " ")) ?? value.endIndex
            if value[start..<end].elementsEqual(name.utf8) { return true }
            start = end == value.endIndex ? end : value.index(after: end)
        }
        return false
    }

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

    /// HTML's white space (space, tab, line feed, carriage return, form feed), as a UTF-8 byte.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    /// The nodes of `html`.
    static func parse(_ html: String) -> [HTMLNode] {
        var reader = Reader(bytes: Array(html.utf8))
        return reader.nodes(until: nil)
    }

    /// Reads UTF-8 bytes: every character of HTML's syntax is ASCII, and text is copied a run at a
    /// time (reading it scalar by scalar was a sixth of a build with Word files).
    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        /// The names of the open elements, innermost last, so that an end tag closes what it names.
        var open: [String] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

        /// Nodes up to the end tag of `parent` (consumed), or the end of the input.
        mutating func nodes(until parent: String?) -> [HTMLNode] {
            var nodes: [HTMLNode] = []
            var text: [UInt8] = []
            func flush() {
                if !text.isEmpty { nodes.append(.text(Self.text(text[...]))) }
                text.removeAll(keepingCapacity: true)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "&") {
                    text.append(contentsOf: reference())
                } else if byte == UInt8(ascii: "<"), let next = bytes[safe: index + 1] {
                    if next == UInt8(ascii: "!") {
                        flush()
                        skipComment()
                    } else if next == UInt8(ascii: "/") {
                        let name = endTagName()
                        if name == parent { flush(); return nodes }
                        // An end tag that closes an outer element ends this one too.
                        if open.contains(name) {
                            index = rewind
                            flush()
                            return nodes
                        }
                    } else if Self.isLetter(next), let (name, attributes, selfClosing) = startTag() {
                        flush()
                        var element = HTMLElement(name: name, attributes: attributes, children: [])
                        if !selfClosing, !Self.isVoid(name) {
                            open.append(name)
                            element.children = self.nodes(until: name)
                            open.removeLast()
                        }
                        nodes.append(.element(element))
                    } else {
                        text.append(byte)
                        index += 1
                    }
                } else {
                    // A run of plain text at once, up to the next reference or tag.
                    let start = index
                    index += 1
                    while index < bytes.count, bytes[index] != UInt8(ascii: "&"), bytes[index] != UInt8(ascii: "<") { index += 1 }
                    text.append(contentsOf: bytes[start..<index])
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
            var name: [UInt8] = []
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                if !HTMLTree.isSpace(bytes[index]) { name.append(bytes[index]) }
                index += 1
            }
            index += 1
            return Self.text(name[...]).lowercased()
        }

        /// A comment (`<!-- ... -->`) or a declaration (`<!DOCTYPE ...>`).
        mutating func skipComment() {
            let isComment = bytes[safe: index + 2] == UInt8(ascii: "-") && bytes[safe: index + 3] == UInt8(ascii: "-")
            index += isComment ? 4 : 2
            while index < bytes.count {
                defer { index += 1 }
                if bytes[index] == UInt8(ascii: ">"),
                    !isComment || (bytes[index - 1] == UInt8(ascii: "-") && bytes[index - 2] == UInt8(ascii: "-")) { return }
            }
        }

        /// A start tag at `index`: name, attributes and whether it ends with `/>`; nil (and nothing
        /// consumed) when it is not one, so that the `<` is text.
        mutating func startTag() -> (String, [String: String], Bool)? {
            let start = index
            index += 1
            let nameStart = index
            while index < bytes.count, !HTMLTree.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            let name = Self.text(bytes[nameStart..<index]).lowercased()
            var attributes: [String: String] = [:]
            var selfClosing = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") { index += 1; return (name, attributes, selfClosing) }
                if byte == UInt8(ascii: "/") { selfClosing = true; index += 1; continue }
                if HTMLTree.isSpace(byte) { index += 1; continue }
                selfClosing = false
                let (key, value) = attribute()
                if !key.isEmpty { attributes[key] = value }
            }
            index = start
            return nil
        }

        mutating func attribute() -> (String, String) {
            let keyStart = index
            while index < bytes.count, !HTMLTree.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">"),
                bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            if index == keyStart { index += 1; return ("", "") }
            let key = Self.text(bytes[keyStart..<index]).lowercased()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return (key, "") }
            index += 1
            var value: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                index += 1
                while index < bytes.count, bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "&") { value.append(contentsOf: reference()) } else { value.append(bytes[index]); index += 1 }
                }
                index += 1
            } else {
                while index < bytes.count, !HTMLTree.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                    value.append(bytes[index])
                    index += 1
                }
            }
            return (key, Self.text(value[...]))
        }

        /// A character reference at `index` (`&amp;`, `&#39;`, `&#x2013;`), as the UTF-8 of the
        /// text it stands for; an `&` that starts none is itself.
        mutating func reference() -> [UInt8] {
            var end = index + 1
            while end < bytes.count, end - index < 12, bytes[end] != UInt8(ascii: ";"), bytes[end] != UInt8(ascii: "&"), !HTMLTree.isSpace(bytes[end]) {
                end += 1
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { index += 1; return [UInt8(ascii: "&")] }
            let body = Self.text(bytes[(index + 1)..<end])
            var result: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                result = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                result = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                result = Self.named[body]
            }
            guard let result else { index += 1; return [UInt8(ascii: "&")] }
            index = end + 1
            return Array(String(result).utf8)
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
