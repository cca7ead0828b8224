import CCmark
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Markdown to HTML with libcmark: the only file that imports the C library.
public enum Markdown {
    /// Renders content Markdown in safe mode: raw HTML is omitted and unsafe links are emptied.
    ///
    /// - Parameters:
    ///   - text: CommonMark text written by a user.
    ///   - headingOffset: added to every heading level (capped at 6), so that content headings
    ///     nest under the document's own.
    /// - Returns: HTML.
    public static func safeHTML(_ text: String, headingOffset: Int = 0) -> String {
        render(text, options: CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8, headingOffset: headingOffset)
    }

    /// Renders Markdown produced by a template: raw HTML written by the template author is kept.
    /// Values merged into the template have already been escaped, and content Markdown has been
    /// rendered by `safeHTML` first, so nothing a content author wrote passes unchecked.
    static func templateHTML(_ text: String) -> String {
        render(text, options: CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_UNSAFE, headingOffset: 0)
    }

    private static func render(_ text: String, options: Int32, headingOffset: Int) -> String {
        let length = text.utf8.count
        guard let document = text.withCString({ cmark_parse_document($0, length, options) }) else { return "" }
        defer { cmark_node_free(document) }
        if headingOffset != 0 { shiftHeadings(document, by: headingOffset) }
        guard let html = cmark_render_html(document, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static func shiftHeadings(_ document: OpaquePointer, by offset: Int) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HEADING
            else { continue }
            let level = Int(cmark_node_get_heading_level(node))
            cmark_node_set_heading_level(node, Int32(min(6, max(1, level + offset))))
        }
    }
}

extension Markdown {
    /// A top-level block of content Markdown rendered on its own, for documents that number paragraphs.
    public struct Block: Sendable {
        public var isParagraph: Bool
        public var html: String
    }

    /// Renders content Markdown in safe mode, one top-level block at a time.
    public static func safeBlocks(_ text: String) -> [Block] {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        guard let document = text.withCString({ cmark_parse_document($0, text.utf8.count, options) }) else { return [] }
        defer { cmark_node_free(document) }
        var blocks: [Block] = []
        var child = cmark_node_first_child(document)
        while let node = child {
            if let html = cmark_render_html(node, options) {
                blocks.append(Block(isParagraph: cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, html: String(cString: html)))
                free(html)
            }
            child = cmark_node_next(node)
        }
        return blocks
    }
}
