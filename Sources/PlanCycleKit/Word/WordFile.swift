import Foundation

/// A Word file (.docx) of one rendered document, in the reference document's house style.
///
/// The same input gives the same bytes: the parts are written in a fixed order, and every
/// timestamp, in the zip entries and in `docProps/core.xml`, is the document's own date.
enum WordFile {
    struct Info {
        var title: String
        /// The language code of the document (`ar`).
        var language: String
        var rightToLeft: Bool
        /// The document symbol of the running header, from the second page on.
        var symbol: String?
        /// The document's date: the file's timestamps.
        var date: Day
        var author: String
        /// The page's address, when the site's is known: relative links are made absolute with it.
        var address: String?
    }

    /// The Word file of the document whose body is `html`.
    static func make(html: String, info: Info, reference: ReferenceDocument) -> Data {
        let body = WordBody(reference: reference, language: info.language, rightToLeft: info.rightToLeft, address: info.address)
        body.write(html: html)
        // Shared: the parts many Word files have alike, deflated once (`ZipArchive.DeflateCache`).
        var parts: [(path: String, data: Data, shared: Bool)] = [
            ("[Content_Types].xml", Data(contentTypes(reference).utf8), true),
            ("_rels/.rels", Data(packageRelationships.utf8), true),
            ("docProps/core.xml", Data(core(info).utf8), false),
            ("docProps/app.xml", Data(app.utf8), true),
            ("word/document.xml", Data(document(body, info: info, reference: reference).utf8), false),
            ("word/_rels/document.xml.rels", Data(documentRelationships(body.hyperlinks, reference: reference).utf8), body.hyperlinks.isEmpty),
            ("word/styles.xml", Data(reference.styles), true),
            ("word/numbering.xml", Data(WordNumbering.xml(body.lists).utf8), true),
            ("word/settings.xml", Data(settings.utf8), true),
            ("word/header1.xml", Data(header(info, reference: reference, symbol: info.symbol).utf8), false),
            ("word/header2.xml", Data(header(info, reference: reference, symbol: nil).utf8), true),
            ("word/footer1.xml", Data(footer(info, reference: reference).utf8), true),
        ]
        if let theme = reference.theme { parts.append(("word/theme/theme1.xml", Data(theme), true)) }
        if let fonts = reference.fontTable { parts.append(("word/fontTable.xml", Data(fonts), true)) }
        return ZipArchive.make(parts, date: info.date, cache: reference.deflated) ?? Data()
    }

    private static func document(_ body: WordBody, info: Info, reference: ReferenceDocument) -> String {
        WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>" + body.xml
            + body.sectionProperties(landscape: false) + "</w:body></w:document>"
    }

    private static func header(_ info: Info, reference: ReferenceDocument, symbol: String?) -> String {
        let run = symbol.map { "<w:r><w:rPr>\(WordLanguage.tag(info.language))</w:rPr><w:t xml:space=\"preserve\">\(WordXML.escape($0))</w:t></w:r>" } ?? ""
        return WordXML.declaration + "<w:hdr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val=\"\(WordXML.escape(reference.id(.header)))\"/>"
            + (info.rightToLeft ? "<w:bidi/>" : "") + "</w:pPr>\(run)</w:p></w:hdr>"
    }

    /// The page number, as a field Word and LibreOffice fill in.
    private static func footer(_ info: Info, reference: ReferenceDocument) -> String {
        let language = "<w:rPr>\(WordLanguage.tag(info.language))</w:rPr>"
        return WordXML.declaration + "<w:ftr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val=\"\(WordXML.escape(reference.id(.footer)))\"/>"
            + (info.rightToLeft ? "<w:bidi/>" : "") + "</w:pPr>"
            + "<w:r>\(language)<w:t xml:space=\"preserve\">- </w:t></w:r><w:r>\(language)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r>\(language)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r>\(language)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r>\(language)<w:t>1</w:t></w:r><w:r>\(language)<w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r>\(language)<w:t xml:space=\"preserve\"> -</w:t></w:r></w:p></w:ftr>"
    }

    private static let settings = WordXML.declaration
        + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:defaultTabStop w:val=\"567\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
        + "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>"

    private static func core(_ info: Info) -> String {
        let date = "\(info.date)T00:00:00Z"
        return WordXML.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(WordXML.escape(info.title))</dc:title><dc:creator>\(WordXML.escape(info.author))</dc:creator>"
            + "<dc:language>\(WordXML.escape(info.language))</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified></cp:coreProperties>"
    }

    private static let app = WordXML.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>PlanCycle</Application></Properties>"

    private static let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    private static let packageRelationships = WordXML.declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationship)officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationship)extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"

    private static func documentRelationships(_ hyperlinks: [String], reference: ReferenceDocument) -> String {
        var parts = [("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
                     ("rIdSettings", "settings", "settings.xml"), ("rIdHeader", "header", "header1.xml"),
                     ("rIdFirstHeader", "header", "header2.xml"), ("rIdFooter", "footer", "footer1.xml")]
        if reference.theme != nil { parts.append(("rIdTheme", "theme", "theme/theme1.xml")) }
        if reference.fontTable != nil { parts.append(("rIdFonts", "fontTable", "fontTable.xml")) }
        var xml = WordXML.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, type, target) in parts { xml += "<Relationship Id=\"\(id)\" Type=\"\(relationship)\(type)\" Target=\"\(target)\"/>" }
        for (index, target) in hyperlinks.enumerated() {
            xml += "<Relationship Id=\"rIdH\(index + 1)\" Type=\"\(relationship)hyperlink\" Target=\"\(WordXML.escape(target))\" TargetMode=\"External\"/>"
        }
        return xml + "</Relationships>"
    }

    private static func contentTypes(_ reference: ReferenceDocument) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        var overrides = [("/word/document.xml", main + "document.main+xml"), ("/word/styles.xml", main + "styles+xml"),
                         ("/word/numbering.xml", main + "numbering+xml"), ("/word/settings.xml", main + "settings+xml"),
                         ("/word/header1.xml", main + "header+xml"), ("/word/header2.xml", main + "header+xml"),
                         ("/word/footer1.xml", main + "footer+xml"),
                         ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                         ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
        if reference.theme != nil { overrides.append(("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")) }
        if reference.fontTable != nil { overrides.append(("/word/fontTable.xml", main + "fontTable+xml")) }
        return WordXML.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }
}

/// `word/numbering.xml`: one numbering instance per list, so that each numbered list starts from
/// its own first number; numbers `1.`, `1.1.`…; bullets `•` and `–`.
enum WordNumbering {
    static func xml(_ lists: [WordBody.List]) -> String {
        var xml = WordXML.declaration + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        xml += abstract(0, ordered: true) + abstract(1, ordered: false)
        for (index, list) in lists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.ordered ? 0 : 1)\"/>"
            if list.ordered { xml += "<w:lvlOverride w:ilvl=\"\(list.level)\"><w:startOverride w:val=\"\(max(0, list.start))\"/></w:lvlOverride>" }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    private static func abstract(_ id: Int, ordered: Bool) -> String {
        var xml = "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
        for level in 0..<9 {
            let text = ordered ? (1...(level + 1)).map { "%\($0)." }.joined() : (level % 2 == 0 ? "\u{2022}" : "\u{2013}")
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(ordered ? "decimal" : "bullet")\"/>"
                + "<w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"\(567 * (level + 1))\" w:hanging=\"567\"/></w:pPr></w:lvl>"
        }
        return xml + "</w:abstractNum>"
    }
}
