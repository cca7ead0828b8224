/// What the Word writer does with each HTML element and with the classes of the shipped templates.
/// A template that uses an element outside these lists still has its content in the Word file, as
/// plain paragraphs; `check` warns of it (`TemplateChecker.checkWordElements`).
enum WordElements {
    /// Elements whose content is set in the paragraph around them.
    static let inline: Set<String> = [
        "a", "strong", "b", "em", "i", "code", "kbd", "samp", "var", "cite", "span", "small", "sup", "sub", "abbr", "time",
        "u", "s", "del", "ins", "mark", "q", "data", "bdi", "bdo", "label", "dfn",
    ]
    /// Elements the writer sets as something of Word's own.
    static let blocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody",
        "tfoot", "tr", "th", "td", "blockquote", "pre", "hr", "br", "img", "div", "section", "article", "header", "footer",
        "main", "nav", "aside", "figure", "figcaption", "address",
    ]
    /// Elements left out of the Word file: drawings (the report's chart, whose figures are in a
    /// table), scripts, and form controls.
    static let leftOutElements: Set<String> = ["svg", "script", "style", "template", "button", "input", "form", "select", "textarea", "noscript"]

    /// Every element the writer expresses.
    static var known: Set<String> { inline.union(blocks).union(leftOutElements) }

    /// The classes that mean something in a Word file, for the README and `check`.
    static let classes: [(name: String, meaning: String)] = [
        ("doc-header", "its parts side by side, in a table without borders"),
        ("letter-head", "its parts side by side, in a table without borders"),
        ("summary-box", "a boxed table; its `h2` headings in the style Box Heading"),
        ("annex", "starts on a new page"),
        ("letter-closing", "kept on the page of what follows it"),
        ("signature", "the style Signature"),
        ("number", "a table cell aligned to the end"),
        ("chart", "a figure left out (its figures are in a table of the report)"),
    ]

    /// Tables of this many columns or more are set on landscape pages.
    static let landscapeColumns = 7

    static func leftOut(_ element: HTMLElement) -> Bool {
        leftOutElements.contains(element.name) || (element.name == "figure" && element.hasClass("chart"))
    }

    static func sideBySide(_ element: HTMLElement) -> Bool { element.hasClass("doc-header") || element.hasClass("letter-head") }
    static func boxed(_ element: HTMLElement) -> Bool { element.hasClass("summary-box") }
    static func startsPage(_ element: HTMLElement) -> Bool { element.hasClass("annex") }
    static func keptTogether(_ element: HTMLElement) -> Bool { element.hasClass("letter-closing") }
}
