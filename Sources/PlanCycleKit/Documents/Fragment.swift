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
        var text = html
        while text.hasSuffix("\n") { text.removeLast() }
        guard text.contains("\n") else { return text }
        // Outside <pre> a line break is only white space; inside it must survive, as `&#10;`.
        var result = ""
        var inPre = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            result += line
            let open = line.range(of: "<pre", options: .backwards)?.lowerBound
            let close = line.range(of: "</pre>", options: .backwards)?.lowerBound
            switch (open, close) {
            case (let open?, let close?): inPre = open > close
            case (.some, nil): inPre = true
            case (nil, .some): inPre = false
            case (nil, nil): break
            }
            if index < lines.count - 1 { result += inPre ? "&#10;" : " " }
        }
        return result
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
