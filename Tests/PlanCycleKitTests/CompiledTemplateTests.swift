import Mustache
import Testing
@testable import PlanCycleKit

/// PlanCycle's renderer gives swift-mustache's text for every template both read: thousands of
/// templates built from pieces that stress standalone lines, indentation, delimiters and lookups.
@Suite struct CompiledTemplateTests {
    static let pieces = [
        "{{a}}", "{{{a}}}", "{{& a }}", "{{ a }}", "{{md}}", "{{n}}", "{{count}}", "{{.}}", "{{obj.name}}", "{{obj}}",
        "{{#list}}", "{{/list}}", "{{/obj}}", "{{name}}", "{{.name}}", "{{list}}",
        "{{! note }}", "{{> p}}", "{{>p}}", "{{> missing}}", "{{=<% %>=}}", "<%a%>", "<%={{ }}=%>", "{{=| |=}}", "|a|",
        "\n", "\n", "\n", "\r\n", "  ", "\t", " ", "x", "- ", "# ", "1. ", "{{", "}}", "{", "}", "{{{", "é", "中",
        "{{a b}}", "{{#list}}\n", "{{/list}}\n", "  {{> p}}\n", "  {{! c }}\n", "{{^f}}\n", "{{/f}}\n",
    ]

    static var data: TemplateData { .object(DataObject(fields: [
        "a": .text("<b>A & 'q'</b>"), "md": .text("*em* [x](y) 1. # z\nline"), "t": .bool(true), "f": .bool(false),
        "count": .text("3"), "name": .text("outer"),
        "obj": .object(DataObject(fields: ["name": .text("inner")])),
        "list": .list(DataList(items: [.object(DataObject(fields: ["name": .text("one")])), .text("two"), .bool(false)])),
        "empty": .list(DataList(items: [])),
    ])) }

    static let partial = "[{{name}}]\n{{n}}  {{#list}}\n* {{.}}\n  {{/list}}\n{{n}}end {{a}}\n{{^t}}no{{/t}}\n{{n}}"

    /// Sections that open and close, around pieces, so that most templates are well formed.
    static let sections = [("{{#list}}", "{{/list}}"), ("{{#obj}}", "{{/obj}}"), ("{{^f}}", "{{/f}}"), ("{{#t}}", "{{/t}}"),
                           ("{{^empty}}", "{{/empty}}"), ("{{#n}}", "{{/n}}"), ("{{^a}}", "{{/a}}"), ("{{#a}}", "{{/a}}")]
    static let around = ["", "\n", "  ", "\r\n", " \n", "\t", "x"]

    static func template(depth: Int, using random: inout SeededRandom) -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in
            guard depth > 0, Int.random(in: 0..<4, using: &random) == 0, let (open, close) = sections.randomElement(using: &random) else {
                return pieces.randomElement(using: &random) ?? ""
            }
            let before = around.randomElement(using: &random) ?? "", after = around.randomElement(using: &random) ?? ""
            return before + open + after + template(depth: depth - 1, using: &random) + before + close + after
        }.joined()
    }

    @Test func rendersAsSwiftMustacheDoes() throws {
        MarkdownContentType.register()
        var random = SeededRandom(seed: 2026)
        let partial = try #require(CompiledTemplate.parse(Self.partial, escaping: .html))
        var compared = 0
        for round in 0..<6_000 {
            let text = Self.template(depth: 3, using: &random)
            let isMarkdown = round % 2 == 1
            let compiled = CompiledTemplate.parse(text, escaping: isMarkdown ? .markdown : .html)
            let mustache = try? MustacheTemplate(string: isMarkdown ? TemplateSet.markdownPragma + text : text)
            // None of the pieces needs swift-mustache: each side reads a template or fails on it alike.
            try #require((compiled == nil) == (mustache == nil), "\(text.debugDescription)")
            guard let compiled, let mustache else { continue }
            let library = MustacheLibrary(templates: ["main": mustache, "p": try MustacheTemplate(string: Self.partial)])
            let data = Self.data
            let expected = library.render(MustacheBox.value(data) as Any, withTemplate: "main")
            #expect(compiled.render(data, library: ["p": partial]) == expected, "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared > 2_000)
    }

    /// Templates where the two parsers once disagreed, found by the `template-render` fuzzer.
    @Test(arguments: ["{;u#smmary\tr{{=\u{0C} \0\0}}}\n \"{l.{=}}\n<{y", "{{=\0 }}=}}text", "{{=\0 }}=}}text\n", "{{=\0 }}=}}"])
    func readsWhatSwiftMustacheReads(_ text: String) throws {
        let compiled = CompiledTemplate.parse(text, escaping: .html)
        let mustache = try? MustacheTemplate(string: text)
        #expect((compiled == nil) == (mustache == nil))
        if let compiled, let mustache {
            #expect(compiled.render(Self.data) == mustache.render(MustacheBox.value(Self.data) as Any))
        }
    }

    @Test func leavesWhatItDoesNotRenderToSwiftMustache() {
        for text in ["{{% CONTENT_TYPE: TEXT }}", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}", "{{uppercased(a)}}", "{{>*dynamic}}",
                     "{{a}}\u{301}", "{{#a}}", "{{/a}}", "{{a", "{{! open", "{{=<% =}}"] {
            #expect(CompiledTemplate.parse(text, escaping: .html) == nil, "\(text.debugDescription)")
        }
    }
}

/// SplitMix64: the same templates on every run.
struct SeededRandom: RandomNumberGenerator {
    var seed: UInt64
    mutating func next() -> UInt64 {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var z = seed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
