import Foundation

/// Turns HTML that libcmark made from content into pieces that a Markdown template can hold.
///
/// A template's Markdown is rendered a second time; HTML placed in it must stay one HTML block.
/// A blank line would end that block, so line breaks become `&#10;` (which browsers read as the
/// same line break, inside `<pre>` too) and the fragment is a single line.
enum Fragment {
    /// Block HTML of content Markdown, on one line.
    static func block(_ markdown: String, headingOffset: Int = 0) -> String {
        oneLine(Markdown.safeHTML(markdown, headingOffset: headingOffset))
    }

    /// Content Markdown of one paragraph as inline HTML (no `<p>`), for table cells and running text.
    static func inline(_ markdown: String) -> String {
        let html = Markdown.safeHTML(markdown)
        return oneLine(unwrapParagraph(html) ?? html)
    }

    static func oneLine(_ html: String) -> String {
        // Byte by byte: this runs for every Markdown field of every document. Most fields are one
        // paragraph, with only cmark's final line break: that is cut without copying the rest.
        let utf8 = html.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x0A { end = utf8.index(before: end) }
        let inner = utf8[..<end]
        let hasBreak = inner.withContiguousStorageIfAvailable { $0.contains(0x0A) } ?? inner.contains(0x0A)
        guard hasBreak else { return end == utf8.endIndex ? html : String(Substring(inner)) }
        let bytes = inner.withContiguousStorageIfAvailable { Array($0) } ?? Array(inner)
        // Outside <pre> a line break is only white space; inside it must survive, as `&#10;`.
        let open = Array("<pre".utf8), close = Array("</pre>".utf8), newline = Array("&#10;".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var inPre = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C {
                if Self.matches(bytes, at: index, open) { inPre = true } else if Self.matches(bytes, at: index, close) { inPre = false }
            }
            if byte == 0x0A {
                result.append(contentsOf: inPre ? newline : [0x20])
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The inside of `<p>...</p>` when the HTML is exactly one paragraph.
    static func unwrapParagraph(_ html: String) -> String? {
        let trimmed = html.hasSuffix("\n") ? String(html.dropLast()) : html
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>") else { return nil }
        let inner = trimmed.dropFirst(3).dropLast(4)
        guard !inner.contains("<p>"), !inner.contains("</p>") else { return nil }
        return String(inner)
    }
}
