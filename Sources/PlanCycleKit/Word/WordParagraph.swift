/// One paragraph being written: its properties and its runs.
struct WordParagraph {
    struct Run {
        var text: String
        var format: RunFormat
        /// A relationship id (`rIdH3`) or a bookmark (`#_annex_1`), for a run inside a link.
        var link: String?
        var isBreak = false
    }

    var style: String
    var numbering: (id: Int, level: Int)?
    /// The left indent of a paragraph that continues a list item without a number.
    var indent: Int?
    var alignEnd = false
    var rightToLeft: Bool
    var keepNext = false
    var pageBreakBefore = false
    var border = false
    var bookmark: (id: Int, name: String)?
    var runs: [Run] = []
    /// Whether text is kept as written (`<pre>`), rather than with runs of white space made one space.
    var preformatted = false

    var isEmpty: Bool { runs.isEmpty }

    /// Whether the paragraph so far ends where a space would be lost (its start, or after a space or break).
    var endsInSpace: Bool {
        guard let last = runs.last else { return true }
        return last.isBreak || last.text.last == " "
    }

    mutating func append(_ text: String, format: RunFormat, link: String?) {
        guard !text.isEmpty else { return }
        if let last = runs.indices.last, !runs[last].isBreak, runs[last].format == format, runs[last].link == link {
            runs[last].text += text
        } else {
            runs.append(Run(text: text, format: format, link: link))
        }
    }

    mutating func lineBreak(format: RunFormat, link: String?) {
        trimTrailingSpace()
        runs.append(Run(text: "", format: format, link: link, isBreak: true))
    }

    mutating func trimTrailingSpace() {
        guard !preformatted else { return }
        while let last = runs.indices.last, !runs[last].isBreak {
            while runs[last].text.last == " " { runs[last].text.removeLast() }
            if !runs[last].text.isEmpty { return }
            runs.removeLast()
        }
    }

    /// The paragraph as WordprocessingML, its properties in the order the schema requires.
    func xml(language: WordLanguage, hyperlinkStyle: String) -> String {
        var properties = "<w:pStyle w:val=\"\(WordXML.escape(style))\"/>"
        if keepNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if let numbering { properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>" }
        if border { properties += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>" }
        if rightToLeft { properties += "<w:bidi/>" }
        if let indent { properties += "<w:ind w:left=\"\(indent)\"/>" }
        if alignEnd { properties += "<w:jc w:val=\"right\"/>" }
        var xml = "<w:p><w:pPr>\(properties)</w:pPr>"
        if let bookmark { xml += "<w:bookmarkStart w:id=\"\(bookmark.id)\" w:name=\"\(bookmark.name)\"/>" }
        var index = 0
        while index < runs.count {
            guard let link = runs[index].link else {
                xml += runs[index].xml(language: language, style: nil)
                index += 1
                continue
            }
            let attribute = link.hasPrefix("#") ? "w:anchor=\"\(WordXML.escape(String(link.dropFirst())))\"" : "r:id=\"\(link)\""
            xml += "<w:hyperlink \(attribute)>"
            while index < runs.count, runs[index].link == link {
                xml += runs[index].xml(language: language, style: hyperlinkStyle)
                index += 1
            }
            xml += "</w:hyperlink>"
        }
        if let bookmark { xml += "<w:bookmarkEnd w:id=\"\(bookmark.id)\"/>" }
        return xml + "</w:p>"
    }
}

/// How a run's text is set: what the HTML around it says.
struct RunFormat: Equatable {
    var bold = false
    var italic = false
    var code = false
    /// The language of the text (`fr`), and whether it runs right to left.
    var language: String
    var rightToLeft: Bool
}

/// A language as Word tags text with it.
struct WordLanguage {
    var code: String
    var codeStyle: String

    /// `w:lang` for text in `code`: Arabic is a complex script (`w:bidi`), Chinese East Asian.
    static func tag(_ code: String) -> String { tags[code] ?? "<w:lang w:val=\"\(WordXML.escape(code))\"/>" }

    private static let tags: [String: String] = [
        "en": "<w:lang w:val=\"en-GB\"/>", "fr": "<w:lang w:val=\"fr-FR\"/>", "es": "<w:lang w:val=\"es-ES\"/>",
        "ru": "<w:lang w:val=\"ru-RU\"/>", "zh": "<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>",
        "ar": "<w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>",
    ]
}

extension WordParagraph.Run {
    func xml(language: WordLanguage, style: String?) -> String {
        var properties = ""
        if let style { properties += "<w:rStyle w:val=\"\(WordXML.escape(style))\"/>" }
        else if format.code { properties += "<w:rStyle w:val=\"\(WordXML.escape(language.codeStyle))\"/>" }
        if format.bold { properties += "<w:b/><w:bCs/>" }
        if format.italic { properties += "<w:i/><w:iCs/>" }
        if format.rightToLeft { properties += "<w:rtl/>" }
        properties += WordLanguage.tag(format.language)
        if isBreak { return "<w:r><w:rPr>\(properties)</w:rPr><w:br/></w:r>" }
        // Line breaks kept in preformatted text.
        let escaped = WordXML.escape(text)
        let body = escaped.utf8.contains(UInt8(ascii: "\n"))
            ? escaped.split(separator: "\n", omittingEmptySubsequences: false).map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }.joined(separator: "<w:br/>")
            : "<w:t xml:space=\"preserve\">\(escaped)</w:t>"
        return "<w:r><w:rPr>\(properties)</w:rPr>\(body)</w:r>"
    }
}
