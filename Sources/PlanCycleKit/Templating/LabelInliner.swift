import Foundation

/// Writes each phrase of a label file in place of the `{{l.group.key}}` tags that name it.
///
/// Rendering a phrase where it stands is what the tag means (its own tags see the same fields),
/// so inlining changes no output; it only saves looking the phrase up on every use.
enum LabelInliner {
    /// `text` with each `{{l.group.key}}` replaced by its phrase; a phrase may itself name others
    /// (a sentence naming the phrase of each of its counts), up to `depth` levels.
    static func inline(_ text: String, labels: Labels, depth: Int = 4) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 1024)
        var rest = text[...]
        while let open = rest.byteRange(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard !afterOpen.hasPrefix("{"), let close = afterOpen.byteRange(of: "}}") else {
                result += "{{"
                rest = afterOpen
                continue
            }
            let name = afterOpen[..<close.lowerBound].trimmed
            let parts = name.split(separator: ".")
            if parts.count == 3, parts[0] == "l", let phrase = labels.phrases[String(parts[1])]?[String(parts[2])] {
                let phraseText = Self.text(of: phrase, language: labels.language.code)
                result += depth > 0 ? inline(phraseText, labels: labels, depth: depth - 1) : phraseText
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }

    /// A plain phrase's text; for a phrase with plural forms, one section per category of the
    /// language, of which the count's own category is the one shown (see `Count`). A category
    /// the phrase lacks (English wording standing in for a missing translation) shows `other`.
    static func text(of phrase: Labels.Phrase, language: String) -> String {
        guard let count = phrase.count, !phrase.forms.isEmpty else { return phrase.text }
        return PluralRules.categories(language).map { category in
            let name = "\(count).\(language).\(category.rawValue)"
            return "{{#\(name)}}\(phrase.forms[category] ?? phrase.text){{/\(name)}}"
        }.joined()
    }
}
