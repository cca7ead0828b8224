/// What the Word writer does with each HTML element and with the classes of the shipped templates
/// (README, "Word files", lists both).
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
