import Foundation
import Mustache
@testable import PlanCycleKit

/// The fuzz targets, by the name FUZZ_TARGET gives.
enum Fuzz {
    static let targets: [String: @Sendable (Data) -> Void] = [
        "activity": Readers.activity,
        "letter": Readers.letter,
        "outcome": Readers.outcome,
        "year": Readers.year,
        "report": Readers.report,
        "site": Readers.site,
        "member-states": Readers.memberStates,
        "translation": Readers.translation,
        "yaml": Readers.composer,
        "template": TemplateTargets.template,
        "labels": TemplateTargets.labels,
        "markdown": markdown,
        "markdown-template": markdownTemplate,
        "template-render": TemplateTargets.render,
        "serve-path": servePath,
    ]

    static let target: (@Sendable (Data) -> Void)? = ProcessInfo.processInfo.environment["FUZZ_TARGET"].flatMap { targets[$0] }

    /// A promise the code under test must keep whatever the input; breaking it is a finding.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("promise broken: \(message())") }
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    /// (d) Content Markdown through the safe renderer: no raw HTML and no script URL comes out.
    static func markdown(_ data: Data) {
        let html = Markdown.safeHTML(text(data))
        let lowered = html.lowercased()
        require(!lowered.contains("<script"), "a <script> tag came out of Markdown")
        require(!lowered.contains("href=\"javascript:"), "a javascript: link came out of Markdown")
        require(!lowered.contains("src=\"javascript:"), "a javascript: source came out of Markdown")
        require(!lowered.contains("<iframe") && !lowered.contains("<img src=x onerror"), "raw HTML came out of Markdown")
    }

    /// (d) A value merged into a Markdown template, in the places templates put values: whatever
    /// it holds, the page has only the elements and attributes the template itself writes, and no
    /// link but the template's.
    static func markdownTemplate(_ data: Data) {
        guard let template = markdownTemplateParsed else { fatalError("the fuzz template does not parse") }
        let html = Markdown.templateHTML(template.render(.object(TemplateTargets.Values(fields: ["v": .text(text(data))]))))
        // On bytes: a `>` followed by a combining mark is one Character, and would hide the tag's end.
        var rest = Substring(html).utf8[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            guard let close = rest[open...].firstIndex(of: UInt8(ascii: ">")) else {
                fatalError("promise broken: an unclosed tag came out: \(html)")
            }
            let tag = String(decoding: rest[rest.index(after: open)..<close], as: UTF8.self)
            rest = rest[rest.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : Substring(tag)).prefix { !$0.isWhitespace && $0 != "/" }
            require(allowedTags.contains(String(name)), "a merged value added the element <\(tag)>: \(html)")
            let attributes = tag.dropFirst(name.count + (closing ? 1 : 0)).trimmingCharacters(in: .whitespaces)
            require(allowedAttributes.contains(attributes) || isTitle(attributes), "a merged value added attributes `\(attributes)`: \(html)")
        }
    }

    /// `title="..."` with no quote inside: one attribute, whatever its text. On scalars, since a
    /// combining mark after the closing quote makes one Character of the two.
    static func isTitle(_ attributes: String) -> Bool {
        let scalars = Array(attributes.unicodeScalars)
        let opening = Array("title=\"".unicodeScalars)
        guard scalars.count > opening.count, Array(scalars.prefix(opening.count)) == opening, scalars.last == "\"" else { return false }
        return !scalars.dropFirst(opening.count).dropLast().contains("\"")
    }

    static let allowedTags: Set<String> = ["h1", "p", "ul", "ol", "li", "blockquote", "a", "em", "strong", "br", "code"]
    static let allowedAttributes: Set<String> = ["", "/", "href=\"https://www.itu.int/\"", "class=\"x\""]

    nonisolated(unsafe) static let markdownTemplateParsed: CompiledTemplate? = {
        CompiledTemplate.parse("""
            # {{v}}

            {{v}}

            - {{v}}
            1. {{v}} and {{v}}

            | {{v}} | b |
            |---|---|
            | {{v}} | [{{v}}](https://www.itu.int/) |

            <p title="{{v}}">{{v}}</p>

            <p class="x">{{v}}</p>

            > {{v}}
            """, escaping: .markdown)
    }()

    /// (e) The path of a `serve` request: either refused, or a plain relative path inside the site.
    static func servePath(_ data: Data) {
        guard let path = SitePath.resolve(text(data)) else { return }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        require(!path.hasPrefix("/"), "an absolute path was let through: \(path)")
        require(!segments.contains { $0.isEmpty || $0 == "." || $0 == ".." }, "a path that can leave the site was let through: \(path)")
        require(!path.unicodeScalars.contains { $0.value < 0x20 || $0 == "\\" }, "a control character or backslash was let through")
    }
}
