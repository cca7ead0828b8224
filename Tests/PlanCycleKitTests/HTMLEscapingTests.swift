import Mustache
import Testing
@testable import PlanCycleKit

/// Values merged into HTML templates are escaped on bytes, by PlanCycle's renderer and by
/// swift-mustache for the templates PlanCycle leaves to it.
@Suite struct HTMLEscapingTests {
    /// A value that would close a quoted attribute if a quote joined to a combining mark were left as written.
    static let hostile = "\"\u{301} onmouseover=alert(1) x='\u{301} <\u{338}b &\u{301}"
    static let escaped = "&quot;\u{301} onmouseover=alert(1) x=&#39;\u{301} &lt;\u{338}b &amp;\u{301}"

    @Test func escapesEveryMarkupByteWhateverFollowsIt() {
        #expect(HTMLEscaping.escape(Self.hostile) == Self.escaped)
        let plain = "Plan 2026, é 中"
        #expect(HTMLEscaping.escape(plain) == plain)
    }

    /// Where no combining mark follows `<`, `>`, `&`, `"` or `'`, the text is swift-mustache's.
    @Test func escapesAsSwiftMustacheOnOrdinaryText() throws {
        var random = SeededRandom(seed: 7)
        let pieces = ["&", "<", ">", "\"", "'", "a", " ", "é", "中", "&amp;", "\u{301}", "\r\n", "🇫🇷", "ا", "x\u{301}"]
        let template = try MustacheTemplate(string: "{{v}}")
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).compactMap { _ in pieces.randomElement(using: &random) }.joined()
            let joined = zip(text.unicodeScalars, text.unicodeScalars.dropFirst()).contains { "&<>\"'".unicodeScalars.contains($0) && $1 == "\u{301}" }
            guard !joined else { continue }
            #expect(HTMLEscaping.escape(text) == template.render(["v": text]), "\(text.debugDescription)")
        }
    }

    /// An HTML template with the value in an attribute: PlanCycle's renderer, and swift-mustache
    /// for a template PlanCycle's renderer leaves to it (here, for its block), give one attribute.
    @Test(arguments: ["<p title=\"{{v}}\">{{v}}</p>", "{{$b}}<p title=\"{{v}}\">{{v}}</p>{{/b}}"])
    func aValueInAnAttributeStaysInIt(template: String) throws {
        MarkdownContentType.register()
        let parsed = try ParsedTemplate.parse(template, isMarkdown: false)
        if template.hasPrefix("{{$") {
            guard case .mustache = parsed else { Issue.record("expected swift-mustache to render \(template)"); return }
        } else {
            guard case .compiled = parsed else { Issue.record("expected PlanCycle to render \(template)"); return }
        }
        let data = TemplateData.object(DataObject(fields: ["v": .text(Self.hostile)]))
        let html = try #require(TemplateLibrary(["main": parsed]).render(data, template: "main"))
        #expect(html == "<p title=\"\(Self.escaped)\">\(Self.escaped)</p>")
    }

    /// A parse error in an HTML template is still placed on its own line, not one below it for
    /// the pragma that swift-mustache is given.
    @Test func aParseErrorKeepsItsLine() throws {
        let diagnostics = Diagnostics()
        _ = TemplateSet.parse("<p>\n{{#a}}x{{/b}}\n", isMarkdown: false, path: "layout.html.mustache", diagnostics: diagnostics)
        let diagnostic = try #require(diagnostics.all.first)
        #expect(diagnostics.all.count == 1)
        #expect(diagnostic.location.line == 2)
        #expect(diagnostic.message == "this closing tag does not match the section that is open.")
    }
}
