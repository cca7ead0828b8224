import Testing
@testable import PlanCycleKit

/// HTML from content, made one line so that a Markdown template can hold it as one HTML block.
@Suite struct FragmentTests {
    @Test(arguments: [
        ("", ""), ("\n", ""), ("\n\n", ""), ("<p>a</p>", "<p>a</p>"), ("<p>a</p>\n", "<p>a</p>"), ("<p>a</p>\n\n\n", "<p>a</p>"),
        ("<p>a</p>\n<p>b</p>\n", "<p>a</p> <p>b</p>"), ("<pre><code>x\ny\n</code></pre>\n<p>z\nw</p>\n", "<pre><code>x&#10;y&#10;</code></pre> <p>z w</p>"),
        ("\n<p>é</p>\n", " <p>é</p>"), ("<ul>\n<li>\u{301}a</li>\n</ul>\n", "<ul> <li>\u{301}a</li> </ul>"),
    ])
    func linesBecomeOne(_ html: String, _ expected: String) {
        #expect(Fragment.oneLine(html) == expected)
    }

    @Test func oneParagraphIsUnwrappedAndTwoAreNot() {
        #expect(Fragment.unwrapParagraph("<p>a <em>b</em></p>\n") == "a <em>b</em>")
        #expect(Fragment.unwrapParagraph("<p>a</p>") == "a")
        #expect(Fragment.unwrapParagraph("<p>a</p>\n<p>b</p>\n") == nil)
        #expect(Fragment.unwrapParagraph("<ul>\n<li>a</li>\n</ul>\n") == nil)
        #expect(Fragment.inline("A *b*") == "A <em>b</em>")
        #expect(Fragment.inline("a\n\nb") == "<p>a</p> <p>b</p>")
    }
}
