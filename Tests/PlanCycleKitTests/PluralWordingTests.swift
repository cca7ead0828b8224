import Foundation
import Testing
@testable import PlanCycleKit

/// Phrases with a count agree with it in every language, and `check` reports a phrase that lacks
/// a form its language needs.
@Suite struct PluralWordingTests {
    /// The shipped wording of `group.key` in `language`, rendered with the count `n` in `field`.
    func render(_ language: String, _ group: String, _ key: String, field: String, _ n: Int) throws -> String {
        let templates = try #require(TemplateSet.load(from: Fixture.projectRoot.appendingPathComponent("Templates").path, diagnostics: Diagnostics()))
        let labels = try #require(templates.labels[language])
        let text = LabelInliner.inline("{{l.\(group).\(key)}}", labels: labels)
        let template = try #require(CompiledTemplate.parse(text, escaping: .none))
        return template.render(.object(DataObject(fields: [field: Formats(locale: labels.language.locale).count(n).templateData])))
    }

    @Test func inliningReplacesWordingTagsAmongAnyCharactersAndLeavesTheRest() throws {
        let templates = try #require(TemplateSet.load(from: Fixture.projectRoot.appendingPathComponent("Templates").path, diagnostics: Diagnostics()))
        let labels = try #require(templates.labels["fr"])
        let text = LabelInliner.inline("«é» {{l.page.yes}}/{{ l.page.no }} {{title}} {{{l.page.yes}}} {{l.nope.nope}} 中{{l.page.no}}} {{", labels: labels)
        #expect(text == "«é» Oui/Non {{title}} {{{l.page.yes}}} {{l.nope.nope}} 中Non} {{")
        let text2 = "é}x}}"
        #expect(text2[...].byteRange(of: "}}").map { text2.utf8.distance(from: text2.startIndex, to: $0.lowerBound) } == 4)
        #expect("{x{"[...].byteRange(of: "{{") == nil)
        #expect("TOD TODO"[...].byteRange(of: "TODO").map { "TOD TODO".distance(from: "TOD TODO".startIndex, to: $0.lowerBound) } == 4)
    }

    @Test func eachLanguageChoosesTheFormOfItsCategory() throws {
        let cases: [(String, Int, String)] = [
            ("en", 1, "1 circular letter"), ("en", 0, "0 circular letters"), ("en", 21, "21 circular letters"),
            ("fr", 0, "0 lettre circulaire"), ("fr", 1, "1 lettre circulaire"), ("fr", 2, "2 lettres circulaires"),
            ("fr", 1_000_000, "1\u{202F}000\u{202F}000 de lettres circulaires"),
            ("es", 1, "1 carta circular"), ("es", 0, "0 cartas circulares"), ("es", 2_000_000, "2.000.000 de cartas circulares"),
            ("ru", 1, "1 циркулярное письмо"), ("ru", 3, "3 циркулярных письма"), ("ru", 11, "11 циркулярных писем"),
            ("ru", 21, "21 циркулярное письмо"), ("ru", 22, "22 циркулярных письма"), ("ru", 25, "25 циркулярных писем"),
            ("zh", 1, "1份通函"),
        ]
        for (language, n, expected) in cases {
            #expect(try render(language, "index", "year_line_letters", field: "letter_count", n) == expected, "\(language) \(n)")
        }
    }

    @Test func arabicHasSixForms() throws {
        let rendered = try [0, 1, 2, 3, 11, 100].map { try render("ar", "plan", "staff_days", field: "staff_days", $0) }
        #expect(rendered == ["0 يوم عمل", "يوم عمل واحد", "يوما عمل", "3 أيام عمل", "11 يوم عمل", "100 يوم عمل"])
    }

    @Test func phraseLackingAFormItsLanguageNeedsIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/ru.yaml", "    few: \"{{letter_count}} циркулярных письма\"\n", with: "")
        let text = try fixture.read("Templates/labels/ru.yaml")
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  year_line_letters:") }) + 2
        let found = fixture.check()
        #expect(found.count == 1, "\(found.map(\.description))")
        let diagnostic = try #require(found.first)
        #expect(diagnostic.location == SourceLocation(path: fixture.path("Templates/labels/ru.yaml"), line: line, column: 5))
        #expect(diagnostic.message == "`index.year_line_letters` has no `few` form, which this language needs for counts such as 2, 3, 4, 22.")
    }

    @Test func formOfACategoryTheLanguageDoesNotUseIsAWarning() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/en.yaml", "    one: \"{{letter_count}} circular letter\"\n",
                            with: "    one: \"{{letter_count}} circular letter\"\n    few: \"{{letter_count}} circular letters\"\n")
        let found = fixture.check()
        #expect(found.map(\.severity) == [.warning], "\(found.map(\.description))")
        #expect(found.first?.message == "`index.year_line_letters` has a `few` form, which this language does not use.")
        #expect(found.first?.hint == "the plural forms of `en` are: `one`, `other`.")
    }

    @Test func formsAgreeingWithAFieldThatIsNotACountAreAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/en.yaml", "    count: letter_count\n", with: "    count: has_letters\n")
        let found = fixture.check()
        #expect(found.map(\.message) == ["`count: has_letters` of `index.year_line_letters` names a field that is not a count, so no form can be chosen."])
        let text = try fixture.read("Templates/labels/en.yaml")
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0 == "    count: has_letters" }) + 1
        #expect(found.first?.location == SourceLocation(path: fixture.path("Templates/labels/en.yaml"), line: line, column: 5))
    }

    @Test func countPrintedWithOneWordingIsAnError() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try fixture.replace("Templates/labels/en.yaml", """
              year_line_letters:
                count: letter_count
                one: "{{letter_count}} circular letter"
                other: "{{letter_count}} circular letters"
            """, with: """
              year_line_letters: "{{letter_count}} circular letters"
            """)
        let found = fixture.check().filter { $0.severity == .error }
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(found.first?.message == "`index.year_line_letters` prints the count `letter_count` with one wording for every number.")
        #expect(found.first?.location.path == fixture.path("Templates/labels/en.yaml"))
    }

    @Test func listsOfValuesReadAsASentence() {
        #expect(Formats(locale: "en_GB").phrase(["Hosting", "Written contributions", "Signing outcome documents"])
                == "Hosting, written contributions and signing outcome documents")
        #expect(Formats(locale: "fr_FR").phrase(["Accueil", "Contributions écrites"]) == "Accueil et contributions écrites")
        #expect(Formats(locale: "en_GB").phrase(["Hosting", "SDG reviews"]) == "Hosting and SDG reviews")
    }

    @Test func shippedPagesHaveNoCountDisagreeingWithItsNoun() throws {
        let (folder, result) = try ShippedContentTests.build()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(!result.hasErrors)
        let wrong = try NSRegularExpression(pattern:
            "(?<![0-9.,\\u00A0\\u202F ])1 (were|have|activities|circular letters|replies|Member States|staff-days|Annexes"
            + "|activités|lettres circulaires|ont|réponses|États Membres|jours-personne"
            + "|actividades|cartas circulares|se celebraron|tienen|respuestas|Estados Miembros|días-persona)\\b")
        var pages = 0
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.DirectoryEnumerator() where path.hasSuffix(".html") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            let match = wrong.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(match == nil, "\(path): \(match.flatMap { Range($0.range, in: text).map { String(text[$0]) } } ?? "")")
            pages += 1
        }
        #expect(pages > 50)
        let report = try ShippedContentTests.page(folder, "2025/report.html")
        #expect(report.contains("1 was postponed"))
        #expect(try ShippedContentTests.page(folder, "fr/2025/report.html").contains("1 a été reportée"))
    }
}
