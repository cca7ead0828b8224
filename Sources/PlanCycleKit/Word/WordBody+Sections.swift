// Sections: the page a run of the document is set on (wide tables on landscape pages).
extension WordBody {
    /// The properties of a section: its header and footer, its page, and on the first section
    /// only, a first page without the running header.
    func sectionProperties(landscape: Bool) -> String {
        let page = landscape ? reference.landscapePage : reference.page
        let flags = (sections == 0 ? "<w:titlePg/>" : "") + (rightToLeft ? "<w:bidi/>" : "")
        let placed = page.contains("<w:docGrid") ? page.replacingOccurrences(of: "<w:docGrid", with: flags + "<w:docGrid") : page + flags
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:headerReference w:type=\"first\" r:id=\"rIdFirstHeader\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:footerReference w:type=\"first\" r:id=\"rIdFooter\"/>"
            + placed + "</w:sectPr>"
    }

    /// Ends the section here, on a page of the reference document's size or turned to landscape.
    func sectionBreak(landscape: Bool) {
        flushParagraph()
        xml += "<w:p><w:pPr><w:pStyle w:val=\"\(reference.id(.normal))\"/>\(rightToLeft ? "<w:bidi/>" : "")"
            + sectionProperties(landscape: landscape) + "</w:pPr></w:p>"
        sections += 1
        lastWasTable = false
        pageBreakPending = false
    }
}
