import Testing
@testable import PlanCycleKit

@Suite struct MarkdownTests {
    @Test func contentRawHTMLIsOmitted() {
        let html = Markdown.safeHTML("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func javascriptLinksAreEmptied() {
        let html = Markdown.safeHTML("[click](javascript:alert(1))")
        #expect(html == "<p><a href=\"\">click</a></p>\n")
    }

    @Test func headingsNestUnderTheDocument() {
        #expect(Markdown.safeHTML("# Title\n\n## Sub", headingOffset: 2) == "<h3>Title</h3>\n<h4>Sub</h4>\n")
        #expect(Markdown.safeHTML("###### Deep", headingOffset: 3) == "<h6>Deep</h6>\n")
    }

    @Test func mergedValuesRenderLiterally() {
        let value = "*Not emphasis* <b>x</b> [link](javascript:alert(1)) & `code` _u_"
        let html = Markdown.templateHTML("Title: \(MarkdownContentType.escape(value))")
        #expect(html == "<p>Title: *Not emphasis* &lt;b&gt;x&lt;/b&gt; [link](javascript:alert(1)) &amp; `code` _u_</p>\n")
    }

    // `~~~` found by fuzzing (Tests/Fuzz, target markdown-template): it opened a code block.
    @Test(arguments: ["- item", "+ item", "1. item", "2026) item", "# heading", "=== rule", "> quote", "~~~~~~", "~~~ swift"])
    func mergedValuesNeverStartABlock(_ value: String) {
        let html = Markdown.templateHTML(MarkdownContentType.escape(value))
        #expect(html.hasPrefix("<p>"), "\(value) gave \(html)")
    }

    @Test func mergedValuesStayLiteralInsideTemplateHTML() {
        let html = Markdown.templateHTML("<td>\(MarkdownContentType.escape("a < b & \"c\""))</td>")
        #expect(html == "<td>a &lt; b &amp; &quot;c&quot;</td>\n")
    }

    @Test func fragmentsStayOneHTMLBlock() {
        let fragment = Fragment.block("One\n\n```\nline 1\n\nline 3\n```\n\n- a\n- b")
        #expect(!fragment.contains("\n"))
        let html = Markdown.templateHTML("<div>\n\(fragment)\n</div>")
        #expect(html.contains("<pre><code>line 1&#10;&#10;line 3&#10;</code></pre>"))
        #expect(html.hasSuffix("</ul>\n</div>\n"))
    }

    @Test func letterParagraphsKeepTheirListsWithThem() {
        let items = LetterDocument.paragraphs("First *para*.\n\n- a\n- b\n\nSecond.")
        #expect(items == ["First <em>para</em>.\n\n   <ul> <li>a</li> <li>b</li> </ul>", "Second."])
    }
}
