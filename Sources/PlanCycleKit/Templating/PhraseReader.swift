import Mustache
/// Reads one phrase of a label file: plain wording, or, for a phrase with a count, one form per
/// plural category of the language and the field that holds the count:
///
/// ```yaml
/// year_line_letters:
///   count: letter_count
///   one: "{{letter_count}} circular letter"
///   other: "{{letter_count}} circular letters"
/// ```
struct PhraseReader {
    let group: String
    let key: String
    let origin: YAMLOrigin
    /// The label file's language code, whose plural categories the forms must cover.
    let language: String
    let diagnostics: Diagnostics

    private var name: String { "`\(group).\(key)`" }

    /// The phrase, or nil after reporting why it cannot be used.
    func read(_ node: YAMLNode) -> Labels.Phrase? {
        let location = origin.location(of: node)
        if let value = node.scalar?.string {
            return parses(value, at: location) ? Labels.Phrase(text: value, location: location) : nil
        }
        guard let mapping = node.mapping else {
            diagnostics.error(location, "the wording of \(name) should be text, or forms by plural category.")
            return nil
        }
        var count: String?
        var forms: [PluralCategory: String] = [:]
        var readable = true
        for (keyNode, valueNode) in mapping {
            let formKey = keyNode.scalar?.string ?? ""
            guard let text = valueNode.scalar?.string else {
                diagnostics.error(origin.location(of: valueNode), "the form `\(formKey)` of \(name) should be text.")
                readable = false
                continue
            }
            if formKey == "count" {
                count = text
            } else if let category = PluralCategory(rawValue: formKey) {
                if !PluralRules.categories(language).contains(category) {
                    diagnostics.warning(origin.location(of: keyNode), "\(name) has a `\(formKey)` form, which this language does not use.",
                                        hint: "the plural forms of `\(language)` are: \(Self.list(PluralRules.categories(language))).")
                }
                if parses(text, at: origin.location(of: valueNode)) { forms[category] = text }
            } else {
                let allowed = ["count"] + PluralCategory.allCases.map(\.rawValue)
                diagnostics.error(origin.location(of: keyNode), "`\(formKey)` is not a plural category.",
                                  hint: Suggestion.hint(for: formKey, in: allowed, allowedLabel: "Allowed"))
            }
        }
        if count == nil {
            diagnostics.error(location, "the forms of \(name) do not say which field holds the count.",
                              hint: "add `count: FIELD` (the field the forms print the number of), e.g. `count: letter_count`.")
            readable = false
        }
        for category in PluralRules.categories(language) where forms[category] == nil {
            let examples = PluralRules.examples(of: category, in: language).map(String.init).joined(separator: ", ")
            diagnostics.error(location, "\(name) has no `\(category.rawValue)` form, which this language needs for counts such as \(examples).",
                              hint: "add `\(category.rawValue): ...` under `\(key):`; the plural forms of `\(language)` are: \(Self.list(PluralRules.categories(language))).")
        }
        // A phrase with some forms is kept after its problems are reported (a missing form shows
        // `other`), so that one mistake is not reported again as a missing phrase.
        guard readable, let count, let other = forms[.other] ?? forms.sorted(by: { $0.key < $1.key }).first?.value else { return nil }
        return Labels.Phrase(text: other, location: location, count: count, forms: forms)
    }

    /// Whether `text` parses as Mustache; reports a malformed tag at the phrase's line.
    private func parses(_ text: String, at location: SourceLocation) -> Bool {
        // PlanCycle's parser first (swift-mustache's measures the rest of the text at every tag);
        // swift-mustache reads what it leaves, and reports the error.
        if CompiledTemplate.parse(text, escaping: .none) != nil { return true }
        do {
            _ = try MustacheTemplate(string: text)
            return true
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.error(location, "the wording of \(name) has a malformed tag: \(TemplateSet.explain(error.error))",
                              hint: TemplateSet.hint(error.error))
        } catch {
            diagnostics.error(location, "the wording of \(name) cannot be read (\(error)).")
        }
        return false
    }

    private static func list(_ categories: [PluralCategory]) -> String {
        categories.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    }
}
