import Foundation
import Testing
import ZIPFoundation
@testable import PlanCycleKit

/// The Word writer: HTML read back, each element as Word has it, and the file's parts and bytes.
/// (Tests/Word/check-docx opens the shipped site's Word files with python-docx; CI converts some
/// to PDF with LibreOffice.)
@Suite struct WordTests {
    static let referencePath = Fixture.projectRoot.appendingPathComponent("Templates/reference.docx").path

    static func reference() throws -> ReferenceDocument {
        let diagnostics = Diagnostics()
        let reference = try #require(ReferenceDocument.read(referencePath, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty, "the shipped reference document has every style: \(diagnostics.all)")
        return reference
    }

    /// The body of `html` as WordprocessingML.
    static func body(_ html: String, language: String = "en", rightToLeft: Bool = false) throws -> WordBody {
        let body = WordBody(reference: try reference(), language: language, rightToLeft: rightToLeft)
        body.write(html: html)
        return body
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    // MARK: HTML

    @Test func htmlIsReadIntoElementsTextAndCharacters() {
        let nodes = HTMLTree.parse("<p class=\"a b\" id='x'>A &amp; B&#39;s &#x2013; <br>C<!-- gone --><em>D</em></p>&bogus; 1 < 2")
        guard case .element(let p) = nodes.first else { Issue.record("no element"); return }
        #expect(p.name == "p" && p.hasClass("b") && p["id"] == "x")
        #expect(p.text == "A & B's \u{2013} CD")
        #expect(p.children.contains(.element(HTMLElement(name: "br", attributes: [:], children: []))))
        #expect(nodes.dropFirst() == [.text("&bogus; 1 < 2")])
    }

    @Test func htmlTextKeepsEveryCharacterAroundTagsAndReferences() {
        let nodes = HTMLTree.parse("<td lang=\"ar\" title='«x»'>مرحبا&nbsp;بكم — 中文<b>é&#x1F600;</b>z</td>")
        guard case .element(let cell) = nodes.first else { Issue.record("no element"); return }
        #expect(cell["title"] == "«x»" && cell["lang"] == "ar")
        #expect(cell.children.first == .text("مرحبا\u{A0}بكم — 中文"))
        #expect(cell.text == "مرحبا\u{A0}بكم — 中文é😀z")
    }

    @Test func aColumnIsAtLeastAsWideAsItsLongestWordCountedInCharactersUpToNine() {
        #expect(TableWidths.longestWord("") == 1)
        #expect(TableWidths.longestWord("a bb\nccc") == 3)
        #expect(TableWidths.longestWord("e\u{301}e\u{301}") == 2, "two characters of two scalars each")
        #expect(TableWidths.longestWord("a\u{A0}bcd") == 3)
        #expect(TableWidths.longestWord("internationalisation") == 9)
    }

    /// Every string of up to five pieces of `pieces`, for comparing a fast path with the general one.
    static func strings(of pieces: [String]) -> [String] {
        var all = [""]
        var last = [""]
        for _ in 0..<5 {
            last = last.flatMap { prefix in pieces.map { prefix + $0 } }
            all += last
        }
        return all
    }

    @Test func theFastPathsGiveWhatTheGeneralOnesGive() {
        // Words counted on ASCII bytes, `\r\n` being one character, as by characters.
        for text in Self.strings(of: ["a", " ", "\n", "\r", "\t", "bcdefghij"]) {
            #expect(TableWidths.longestASCIIWord(text) == TableWidths.longestWordByCharacters(text), "\(Array(text.utf8))")
        }
        #expect(TableWidths.longestASCIIWord("é") == nil)
        // Text with only single spaces kept as it is; any other white space collapsed.
        for text in Self.strings(of: ["a", " ", "\n", "\r\n", "\t", "\u{C}", "é"]) {
            #expect(WordBody.collapsed(text) == WordBody.collapsing(text), "\(Array(text.utf8))")
        }
        // Classes found without splitting the attribute.
        for (value, name, found) in [("a b", "b", true), ("a  b", "", false), (" bb ", "b", false), ("b", "b", true), ("", "b", false),
                                     ("ab b", "ab", true), ("a b\tc", "b", false)] {
            #expect(HTMLElement(name: "p", attributes: ["class": value], children: []).hasClass(name) == found, "\(value) \(name)")
        }
    }

    @Test func anElementLeftOpenIsClosedByItsParentAndAStrayEndTagIsIgnored() {
        let nodes = HTMLTree.parse("<div><p>one<em>two</div></span>three")
        guard case .element(let div) = nodes.first, case .element(let p) = div.children.first else { Issue.record("no div"); return }
        #expect(p.text == "onetwo")
        #expect(nodes.dropFirst() == [.text("three")])
    }

    // MARK: Elements

    @Test func headingsAreWordHeadingsAndTheFirstIsTheTitle() throws {
        let xml = try Self.body("<h1>Plan</h1><h2>Intro</h2><h3 id=\"activity-x\">A</h3><h4>B</h4><h6>C</h6>").xml
        for style in ["Title", "Heading1", "Heading2", "Heading3", "Heading4"] {
            #expect(xml.contains("<w:pStyle w:val=\"\(style)\"/>"), "\(style)")
        }
        #expect(xml.contains("<w:bookmarkStart w:id=\"1\" w:name=\"_activity_x\"/>"), "an id becomes a bookmark for links inside the document")
    }

    @Test func eachNumberedListIsRealWordNumberingStartingAgain() throws {
        let body = try Self.body("<ol><li>one</li><li>two<ul><li>sub</li></ul></li></ol><ol start=\"3\"><li>three</li></ol>")
        #expect(Self.count("<w:numId w:val=\"1\"/>", in: body.xml) == 2)
        #expect(body.xml.contains("<w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/>"), "a nested list is one level down")
        #expect(body.xml.contains("<w:numId w:val=\"3\"/>"))
        #expect(body.lists.map(\.ordered) == [true, false, true] && body.lists.map(\.start) == [1, 1, 3])
        let numbering = WordNumbering.xml(body.lists)
        #expect(numbering.contains("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/>"))
        #expect(body.xml.contains("<w:pStyle w:val=\"ListNumber\"/>") && body.xml.contains("<w:pStyle w:val=\"ListBullet\"/>"))
    }

    @Test func tablesHaveHeaderRowsThatRepeatAndCaptions() throws {
        let xml = try Self.body("""
            <table><caption>Table 1</caption><thead><tr><th scope="col">A</th><th>B</th></tr></thead>
            <tbody><tr><td>1</td><td class="number">2</td></tr></tbody></table>
            """).xml
        #expect(Self.count("<w:tblHeader/>", in: xml) == 1)
        #expect(xml.contains("<w:tblStyle w:val=\"Table\"/>"))
        #expect(xml.range(of: "Caption")!.lowerBound < xml.range(of: "<w:tbl>")!.lowerBound, "the caption comes before its table")
        #expect(xml.contains("<w:jc w:val=\"right\"/>"), "a number cell is aligned to the end")
        #expect(xml.contains("<w:b/><w:bCs/><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">A</w:t>"), "header cells are bold")
    }

    @Test func aWideTableIsSetOnALandscapePage() throws {
        let row = (1...8).map { "<td>\($0)</td>" }.joined()
        let body = try Self.body("<p>Before</p><table><tr>\(row)</tr></table><p>After</p>")
        #expect(body.sections == 2)
        #expect(body.xml.contains("w:orient=\"landscape\""))
        #expect(Self.count("<w:titlePg/>", in: body.xml) == 1, "only the first section has a first page without the header")
    }

    @Test func linksAreHyperlinksAndImagesTheirText() throws {
        let body = try Self.body("<p><a href=\"https://www.itu.int/\">ITU</a> and <a href=\"#annex-1\">Annex</a> <img src=\"x.png\" alt=\"Map\"></p>")
        #expect(body.hyperlinks == ["https://www.itu.int/", "x.png"])
        #expect(body.xml.contains("<w:hyperlink r:id=\"rIdH1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/>"))
        #expect(body.xml.contains("<w:hyperlink w:anchor=\"_annex_1\">"))
        #expect(body.xml.contains(">[Map]</w:t>"))
    }

    @Test func relativeLinksAreMadeAbsoluteWhenTheSiteAddressIsKnown() throws {
        let html = "<p><a href=\"../plan.html#activity-x\">Plan</a> <a href=\"mailto:a@itu.int\">mail</a></p>"
        let published = WordBody(reference: try Self.reference(), language: "en", rightToLeft: false,
                                 address: "https://www.itu.int/cwg/2026/letters/cl-26-06.html")
        published.write(html: html)
        #expect(published.hyperlinks == ["https://www.itu.int/cwg/2026/plan.html#activity-x", "mailto:a@itu.int"])
        #expect(try Self.body(html).hyperlinks == ["../plan.html#activity-x", "mailto:a@itu.int"], "without an address, as on the page")
    }

    @Test func whiteSpaceIsCollapsedAsABrowserShowsIt() throws {
        let xml = try Self.body("<p>\n  one\n  <strong>two</strong>   three  </p><pre><code>a  b\nc</code></pre>").xml
        #expect(xml.contains(">one </w:t>") && xml.contains(">two</w:t>") && xml.contains("> three</w:t>"))
        #expect(xml.contains(">a  b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t>"), "preformatted text keeps its spaces and lines")
    }

    @Test func theDocumentHeadSideBySideAndTheSummaryBoxed() throws {
        let xml = try Self.body("""
            <div class="doc-header"><p>Meeting</p><p>Symbol</p></div>
            <div class="summary-box"><h2>Summary</h2><p>Text</p></div>
            """).xml
        #expect(xml.contains("<w:top w:val=\"nil\"/>"), "the head has no borders")
        #expect(xml.contains("<w:top w:val=\"single\""), "the summary is boxed")
        #expect(xml.contains("<w:pStyle w:val=\"BoxHeading\"/>"))
        #expect(!xml.contains("Heading1"))
    }

    @Test func anAnnexStartsANewPageAndTheChartIsLeftOut() throws {
        let xml = try Self.body("""
            <p>Letter</p><section class="annex"><h2>Annex 1</h2><p>Text</p></section>
            <figure class="chart"><figcaption>Figure 1</figcaption><svg><text>CL-25/4</text></svg></figure>
            """).xml
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\"/><w:keepNext/><w:pageBreakBefore/>") || xml.contains("<w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/>"))
        #expect(!xml.contains("Figure 1") && !xml.contains("CL-25/4"))
    }

    @Test func arabicRunsRightToLeftAndUntranslatedTextKeepsItsOwnDirection() throws {
        let xml = try Self.body("<p>نص <span lang=\"en\" dir=\"ltr\">English</span></p><table><tr><td>١</td></tr></table>",
                                language: "ar", rightToLeft: true).xml
        #expect(xml.contains("<w:bidi/>"))
        #expect(xml.contains("<w:rtl/><w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/></w:rPr><w:t xml:space=\"preserve\">نص </w:t>"))
        #expect(xml.contains("<w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">English</w:t>"))
        #expect(xml.contains("<w:bidiVisual/>"), "tables are mirrored")
    }

    @Test func textThatXMLCannotHoldIsLeftOutRatherThanBreakingTheFile() {
        #expect(WordXML.escape("a\u{1}b<c>&\"\u{FFFF}") == "ab&lt;c&gt;&amp;&quot;")
    }

    // MARK: The file

    static func info(date: Day = Day(iso: "2026-01-09")!) -> WordFile.Info {
        WordFile.Info(title: "Plan", language: "en", rightToLeft: false, symbol: "CWG-WSIS-44/3-E", date: date, author: "ITU")
    }

    @Test func theSameDocumentGivesTheSameBytesDatedByTheDocument() throws {
        let reference = try Self.reference()
        let one = WordFile.make(html: "<h1>Plan</h1><p>Text</p>", info: Self.info(), reference: reference)
        let two = WordFile.make(html: "<h1>Plan</h1><p>Text</p>", info: Self.info(), reference: reference)
        #expect(one == two && !one.isEmpty)
        let archive = try Archive(data: one, accessMode: .read, pathEncoding: nil)
        #expect(archive.map(\.path).first == "[Content_Types].xml")
        let date = try #require(archive["word/document.xml"]?.fileAttributes[.modificationDate] as? Date)
        #expect(date == Date(timeIntervalSince1970: TimeInterval(Day.epoch.days(until: Day(iso: "2026-01-09")!)) * 86_400))
        var core = Data()
        _ = try archive.extract(try #require(archive["docProps/core.xml"])) { core.append($0) }
        #expect(String(decoding: core, as: UTF8.self).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-09T00:00:00Z</dcterms:created>"))
        var header = Data()
        _ = try archive.extract(try #require(archive["word/header1.xml"])) { header.append($0) }
        #expect(String(decoding: header, as: UTF8.self).contains(">CWG-WSIS-44/3-E</w:t>"))
    }

    /// Documents zipped at once on every core each keep their own date (ZIPFoundation's date
    /// conversion, `gmtime`, is not thread-safe, and once gave a 2025 entry a 2026 date).
    @Test func documentsZippedAtOnceKeepTheirOwnDates() throws {
        let days = [Day(iso: "2025-01-20")!, Day(iso: "2026-07-06")!]
        let files = Parallel.map(4000) { index in
            ZipArchive.make((0..<12).map { (path: "part\($0).xml", data: Data("x".utf8), shared: false) }, date: days[index % 2]) ?? Data()
        }
        for (index, file) in files.enumerated() {
            let expected = Date(timeIntervalSince1970: TimeInterval(Day.epoch.days(until: days[index % 2])) * 86_400)
            let dates = try Archive(data: file, accessMode: .read, pathEncoding: nil).map { $0.fileAttributes[.modificationDate] as? Date }
            #expect(dates.allSatisfy { $0 == expected }, "file \(index)")
        }
    }

    // MARK: The reference document

    /// The shipped reference document with `edit` applied to its styles.
    static func editedReference(_ edit: (String) -> String) throws -> String {
        let shipped = try Archive(url: URL(fileURLWithPath: referencePath), accessMode: .read, pathEncoding: nil)
        let edited = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for entry in shipped {
            var data = Data()
            _ = try shipped.extract(entry) { data.append($0) }
            if entry.path == "word/styles.xml" { data = Data(edit(String(decoding: data, as: UTF8.self)).utf8) }
            try edited.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).docx").path
        try #require(edited.data).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aReferenceDocumentWithoutAStyleTheWriterNeedsIsAnError() throws {
        let path = try Self.editedReference { $0.replacingOccurrences(of: "<w:name w:val=\"Signature\"/>", with: "<w:name w:val=\"Sig\"/>") }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnostics = Diagnostics()
        _ = ReferenceDocument.read(path, diagnostics: diagnostics)
        #expect(diagnostics.all.map(\.message) == [
            "the reference document has no paragraph style named \"Signature\"; the Word files need it for the letter's signature.",
        ])
    }

    @Test func stylesAreFoundByTheirNameWhateverTheirIdInWordsLanguage() throws {
        let path = try Self.editedReference { $0.replacingOccurrences(of: "w:styleId=\"Heading1\"", with: "w:styleId=\"Titre1\"") }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnostics = Diagnostics()
        let reference = try #require(ReferenceDocument.read(path, diagnostics: diagnostics))
        #expect(diagnostics.all.isEmpty)
        #expect(reference.id(.heading1) == "Titre1")
    }

    @Test func aFileThatIsNotAWordDocumentIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).docx").path
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnostics = Diagnostics()
        #expect(ReferenceDocument.read(path, diagnostics: diagnostics) == nil)
        #expect(diagnostics.all.first?.message.hasPrefix("this is not a Word document") == true)
    }

    @Test func anElementTheWordFilesCannotExpressIsAWarningAtItsPlace() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/letter.md.mustache", "<div class=\"letter-closing\">", with: "<details>x</details>\n<div class=\"letter-closing\">")
        let warnings = fixture.check().filter { $0.message.contains("<details>") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.line == 62 && warnings.first?.location.column == 1)
    }
}
