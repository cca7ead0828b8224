import Foundation

/// The body of a Word document, written from the HTML of the rendered document: the same
/// templates, wording and content as the page, set in the reference document's styles.
///
/// Each HTML element becomes what Word has for it: headings Word headings (`h1` the Title),
/// lists real Word numbering, tables Word tables whose header rows repeat, links hyperlinks.
/// A few classes of the shipped templates say more (`WordElements.classes`). An element the
/// writer does not know keeps its content, as plain paragraphs or text; `check` warns of it.
final class WordBody {
    struct Context {
        var style: WordStyle = .normal
        var format: RunFormat
        /// The direction of paragraphs, which only block elements change (a left-to-right link in
        /// an Arabic cell leaves its paragraph right to left).
        var paragraphRightToLeft: Bool
        var listDepth = -1
        /// The indent of paragraphs that continue a list item.
        var listIndent: Int?
        var inBox = false
        var keepNext = false
        var alignEnd = false
        var preformatted = false
        var link: String?
    }

    /// One list: what its numbering is (`numbering.xml` has one instance per list, so that each
    /// numbered list starts again from its own first number).
    struct List {
        var ordered: Bool
        var level: Int
        var start: Int
    }

    let reference: ReferenceDocument
    let language: WordLanguage
    let rightToLeft: Bool
    var xml = ""
    private(set) var hyperlinks: [String] = []
    var lists: [List] = []
    var paragraph: WordParagraph?
    var pendingNumber: (id: Int, level: Int)?
    var pageBreakPending = false
    var lastWasTable = false
    private var bookmarks = 0
    /// How deep in table cells the writer is (a section cannot start in a cell).
    var cellDepth = 0
    /// The sections ended so far (by wide tables, on pages of their own).
    var sections = 0

    /// The page's address, to make relative links absolute.
    let address: URL?

    init(reference: ReferenceDocument, language: String, rightToLeft: Bool, address: String? = nil) {
        self.reference = reference
        self.address = address.flatMap { URL(string: $0) }
        self.language = WordLanguage(code: language, codeStyle: reference.id(.code))
        self.rightToLeft = rightToLeft
    }

    /// The body of `html`.
    func write(html: String) {
        write(HTMLTree.parse(html), Context(format: RunFormat(language: language.code, rightToLeft: rightToLeft), paragraphRightToLeft: rightToLeft))
        flushParagraph()
        // Word keeps a paragraph after a table at the end of a document.
        if lastWasTable || xml.isEmpty { xml += emptyParagraph(rightToLeft: rightToLeft) }
    }

    func write(_ nodes: [HTMLNode], _ context: Context) {
        for node in nodes {
            switch node {
            case .text(let text): self.text(text, context)
            case .element(let element): self.element(element, context.entering(element))
            }
        }
    }

    func element(_ element: HTMLElement, _ context: Context) {
        var context = context
        switch element.name {
        case _ where WordElements.leftOut(element): return
        case "br":
            openParagraph(context)
            paragraph?.lineBreak(format: context.format, link: context.link)
        case "img": image(element, context)
        case _ where WordElements.inline.contains(element.name):
            write(element.children, inlineContext(element, context))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            block(element, context, style: headingStyle(element.name, inBox: context.inBox))
        case "p", "dt", "dd", "figcaption": block(element, context, style: context.style)
        case "caption": block(element, context, style: .caption)
        case "pre":
            context.preformatted = true
            block(element, context, style: .preformatted)
        case "blockquote":
            flushParagraph()
            context.style = .quote
            write(element.children, context)
            flushParagraph()
        case "hr":
            flushParagraph()
            openParagraph(context)
            paragraph?.border = true
            flushParagraph()
        case "ul", "ol": list(element, context)
        case "li": listItem(element, context, list: nil)
        case "table": table(element, context)
        case "dl": definitions(element, context)
        case _ where WordElements.sideBySide(element): sideBySide(element, context)
        case _ where WordElements.boxed(element): box(element, context)
        default:
            // A container: a `div`, a `section`, an `article`, or an element the writer does not know.
            if WordElements.startsPage(element) {
                flushParagraph()
                pageBreakPending = true
            }
            write(element.children, context)
        }
    }

    private func headingStyle(_ name: String, inBox: Bool) -> WordStyle {
        switch name {
        case "h1": .title
        case "h2": inBox ? .boxHeading : .heading1
        case "h3": .heading2
        case "h4": .heading3
        default: .heading4
        }
    }

    private func inlineContext(_ element: HTMLElement, _ context: Context) -> Context {
        var context = context
        switch element.name {
        case "strong", "b": context.format.bold = true
        case "em", "i", "cite", "var": context.format.italic = true
        case "code", "kbd", "samp": context.format.code = true
        case "a": if let href = element["href"], !href.isEmpty { context.link = link(href) }
        default: break
        }
        return context
    }

    /// An image's text, linked to the image: a Word file of the page carries no images.
    private func image(_ element: HTMLElement, _ context: Context) {
        var context = context
        if let source = element["src"], !source.isEmpty { context.link = link(source) }
        let alt = element["alt"] ?? ""
        text("[" + (alt.isEmpty ? (element["src"] ?? "") : alt) + "]", context)
    }

    /// A link's relationship id, or `#bookmark` for a link inside the document. A relative link
    /// is made absolute with the page's address when it is known, and kept relative otherwise (it
    /// then works beside the page, in the published site).
    private func link(_ href: String) -> String {
        if href.hasPrefix("#") { return "#" + WordBody.bookmarkName(String(href.dropFirst())) }
        var href = href
        if let address, !href.contains(":"), let absolute = URL(string: href, relativeTo: address)?.absoluteString { href = absolute }
        if let index = hyperlinks.firstIndex(of: href) { return "rIdH\(index + 1)" }
        hyperlinks.append(href)
        return "rIdH\(hyperlinks.count)"
    }

    /// A bookmark name Word accepts for an HTML id: letters, digits and `_`, at most 40 characters,
    /// starting with `_` (hidden in Word's list of bookmarks).
    static func bookmarkName(_ id: String) -> String {
        let kept = id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" }
        return String(("_" + String(kept)).prefix(40))
    }

    // MARK: Paragraphs

    /// A paragraph-level element: its content in a paragraph of `style` (and more, if it holds blocks).
    func block(_ element: HTMLElement, _ context: Context, style: WordStyle) {
        var context = context
        context.style = style
        flushParagraph()
        openParagraph(context)
        if let id = element["id"], !id.isEmpty, paragraph?.bookmark == nil {
            bookmarks += 1
            paragraph?.bookmark = (bookmarks, WordBody.bookmarkName(id))
        }
        write(element.children, context)
        flushParagraph()
    }

    func text(_ text: String, _ context: Context) {
        var text = context.preformatted ? text : Self.collapsed(text)
        if paragraph == nil {
            guard context.preformatted || text.contains(where: { $0 != " " }) else { return }
            openParagraph(context)
        }
        guard var open = paragraph else { return }
        if !context.preformatted, open.endsInSpace, text.first == " " { text.removeFirst() }
        open.append(text, format: context.format, link: context.link)
        paragraph = open
    }

    /// Runs of white space as one space, as a browser shows them.
    static func collapsed(_ text: String) -> String { isCollapsed(text) ? text : collapsing(text) }

    /// Whether `text` has no white space but single spaces: most text, kept as it is.
    static func isCollapsed(_ text: String) -> Bool {
        var previousSpace = false
        return !text.utf8.contains { byte in
            defer { previousSpace = byte == 0x20 }
            return byte == 0x20 ? previousSpace : HTMLTree.isSpace(byte)
        }
    }

    static func collapsing(_ text: String) -> String {
        // On UTF-8 bytes: the white space is ASCII, and no byte of a longer character is.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for byte in text.utf8 {
            if HTMLTree.isSpace(byte) {
                if !inSpace { result.append(0x20) }
                inSpace = true
            } else {
                result.append(byte)
                inSpace = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    func openParagraph(_ context: Context) {
        guard paragraph == nil else { return }
        var new = WordParagraph(style: reference.id(context.style), rightToLeft: context.paragraphRightToLeft)
        new.numbering = pendingNumber
        if pendingNumber == nil { new.indent = context.listIndent }
        pendingNumber = nil
        new.keepNext = context.keepNext
        new.alignEnd = context.alignEnd
        new.preformatted = context.preformatted
        new.pageBreakBefore = pageBreakPending
        pageBreakPending = false
        paragraph = new
    }

    func flushParagraph() {
        guard var open = paragraph else { return }
        paragraph = nil
        open.trimTrailingSpace()
        if open.isEmpty, open.bookmark == nil, open.numbering == nil, !open.border {
            if open.pageBreakBefore { pageBreakPending = true }
            return
        }
        xml += open.xml(language: language, hyperlinkStyle: reference.id(.hyperlink))
        lastWasTable = false
    }

    func emptyParagraph(rightToLeft: Bool, pageBreak: Bool = false) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(reference.id(.normal))\"/>\(pageBreak ? "<w:pageBreakBefore/>" : "")"
            + "\(rightToLeft ? "<w:bidi/>" : "")</w:pPr></w:p>"
    }
}

extension WordBody.Context {
    /// The context inside `element`: its language and direction, and what its class says.
    func entering(_ element: HTMLElement) -> Self {
        var context = self
        if let lang = element["lang"], !lang.isEmpty { context.format.language = String(lang.prefix { $0 != "-" }) }
        if let dir = element["dir"] {
            context.format.rightToLeft = dir == "rtl"
            if !WordElements.inline.contains(element.name) { context.paragraphRightToLeft = dir == "rtl" }
        }
        if element.hasClass("signature") { context.style = .signature }
        if WordElements.keptTogether(element) { context.keepNext = true }
        if element.hasClass("number") { context.alignEnd = true }
        return context
    }
}
