import Mustache
/// The wording of one language, from `Templates/labels/<lang>.yaml`: the language's settings, the
/// wording of fixed values, and every phrase the templates print (as `{{l.group.key}}`).
struct Labels {
    /// One phrase: Mustache text that may hold the fields of the place it is written into.
    ///
    /// A phrase with a count ("3 circular letters") gives one form per plural category of its
    /// language, and names the field that holds the count.
    struct Phrase {
        /// The text; for a phrase with forms, its `other` form.
        var text: String
        var location: SourceLocation
        /// The field that holds the count, for a phrase with plural forms.
        var count: String? = nil
        /// The text of each plural category, for a phrase with plural forms.
        var forms: [PluralCategory: String] = [:]

        /// Every text the phrase may print: its forms, or its one text.
        var texts: [String] { forms.isEmpty ? [text] : forms.sorted { $0.key < $1.key }.map(\.value) }
    }

    let language: Language
    let path: String
    /// The file's lines, to place diagnostics inside folded (multi-line) wording.
    let lines: [String]
    /// group → key → phrase.
    private(set) var phrases: [String: [String: Phrase]]

    /// Groups and the keys each must have: the raw values of PlanCycle's fixed vocabularies.
    static let requiredValues: [String: [String]] = [
        "participation": ParticipationForm.allCases.map(\.rawValue),
        "format": EventFormat.allCases.map(\.rawValue),
        "impact": ImpactRating.allCases.map(\.rawValue),
        "letter_status": LetterStatus.allCases.map(\.rawValue),
        "consultation": ConsultationForm.allCases.map(\.rawValue),
        "outcome_status": Outcome.Status.allCases.map(\.rawValue) + ["none"],
        "result_kind": Outcome.ResultKind.allCases.map(\.rawValue),
        "region": MemberState.regions,
    ]

    /// The wording of `key` in `group` as plain text (fixed values, page titles).
    func label(_ group: String, _ key: String) -> String { phrases[group]?[key]?.text ?? key }

    /// A phrase rendered with `context`, for text that Swift places (page titles).
    func render(_ group: String, _ key: String, _ context: some TemplateContext) -> String {
        guard let phrase = phrases[group]?[key] else { return key }
        if let template = CompiledTemplate.parse(phrase.text, escaping: .none) { return template.render(.object(context)) }
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + phrase.text) else { return key }
        return template.render(MustacheBox.value(.object(context)) as Any)
    }

    /// The shape of `l`, for checking templates.
    var schema: Schema {
        .object(phrases.mapValues { .object($0.mapValues { _ in Schema.value }) })
    }

    /// Keys of `other` missing here, as `group.key`.
    func missingKeys(comparedWith other: Labels) -> [String] {
        other.phrases.keys.sorted().flatMap { group in
            (other.phrases[group] ?? [:]).keys.sorted().filter { phrases[group]?[$0] == nil }.map { "\(group).\($0)" }
        }
    }

    /// Fills keys missing here with `fallback`'s (English) wording.
    func filled(from fallback: Labels) -> Labels {
        var copy = self
        for (group, keys) in fallback.phrases {
            for (key, phrase) in keys where copy.phrases[group]?[key] == nil {
                copy.phrases[group, default: [:]][key] = phrase
            }
        }
        return copy
    }

    // MARK: - Loading

    static func load(from path: String, code: String, diagnostics: Diagnostics, log: InputLog? = nil) -> Labels? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log),
            let node = YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
        else { return nil }
        let origin = YAMLOrigin(path: path, lineOffset: 0)
        guard let root = node.mapping else {
            diagnostics.error(origin.location(of: node), "the label file should be groups of `key: wording` lines.")
            return nil
        }
        var phrases: [String: [String: Phrase]] = [:]
        for (groupNode, keysNode) in root {
            let group = groupNode.scalar?.string ?? ""
            guard let keys = keysNode.mapping else {
                diagnostics.error(origin.location(of: keysNode), "the label group `\(group)` should be `key: wording` lines.")
                continue
            }
            for (keyNode, valueNode) in keys {
                let key = keyNode.scalar?.string ?? ""
                let reader = PhraseReader(group: group, key: key, origin: origin, language: code, diagnostics: diagnostics)
                if let phrase = reader.read(valueNode) { phrases[group, default: [:]][key] = phrase }
            }
        }
        let settings = phrases["language"] ?? [:]
        let at = SourceLocation(path: path)
        for key in ["name", "code_letter", "locale", "direction"] where settings[key] == nil {
            diagnostics.error(at, "the label file has no `language.\(key)`.", hint: "add it under `language:` as in en.yaml.")
        }
        let direction = settings["direction"]?.text ?? "ltr"
        if !["ltr", "rtl"].contains(direction) {
            diagnostics.error(settings["direction"]?.location ?? at, "`language.direction` should be `ltr` or `rtl`, not `\(direction)`.")
        }
        let language = Language(
            code: code, name: settings["name"]?.text ?? code, letter: settings["code_letter"]?.text ?? "E",
            locale: settings["locale"]?.text ?? code, direction: direction == "rtl" ? "rtl" : "ltr")
        return Labels(language: language, path: path, lines: Self.lines(of: text), phrases: phrases)
    }

    /// The text cut at each `\n`, on bytes, so that a `\r\n` ends a line too (its `\r` stays on
    /// the line). Foundation's `components(separatedBy:)`, which this replaced, kept `\r\n` whole
    /// as one character, as Swift's `split` on characters would, and was far slower.
    static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    /// Where the tag naming `field` is written inside `phrase`: its file line and column, found
    /// from the phrase's first line on (folded wording spans several lines of the file).
    func location(ofTag field: String, in phrase: Phrase, fallback: SourceLocation) -> SourceLocation {
        // YAML also breaks lines at `\r` and U+2028, so the phrase's line may lie past the last `\n`.
        let start = min(max(0, phrase.location.line - 1), lines.count)
        for index in start..<min(lines.count, start + 40) {
            if let range = lines[index].range(of: field) {
                let column = lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1
                let brace = lines[index][..<range.lowerBound].lastIndex(of: "{").map { lines[index].distance(from: lines[index].startIndex, to: $0) }
                return SourceLocation(path: path, line: index + 1, column: brace.map { $0 } ?? column)
            }
        }
        return fallback
    }

    /// Checks that the fixed values' wording is complete (for the original language's file).
    func checkValues(diagnostics: Diagnostics) {
        for (group, keys) in Labels.requiredValues.sorted(by: { $0.key < $1.key }) {
            for key in keys where phrases[group]?[key] == nil {
                diagnostics.error(SourceLocation(path: path), "the label file has no wording for `\(group).\(key)`.",
                                  hint: "add `\(key): ...` under `\(group):`.")
            }
        }
    }
}

/// A language of the site, as its label file describes it.
public struct Language: Sendable, Hashable {
    /// `en`, `fr`, `ar`, `es`, `ru`, `zh`.
    public var code: String
    /// The language's name in itself.
    public var name: String
    /// The letter of document symbols (`E`, `F`, ...).
    public var letter: String
    /// Foundation locale identifier for dates and numbers.
    public var locale: String
    /// `ltr` or `rtl`.
    public var direction: String
}
