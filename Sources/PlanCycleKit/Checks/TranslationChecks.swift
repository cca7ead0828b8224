/// Checks translations against their originals: the original exists, the translation was made
/// from its current text (not stale), and items matched by position or id exist in the original.
enum TranslationChecks {
    static func run(_ content: Content, diagnostics: Diagnostics) {
        for translation in content.translations {
            guard let original = content.translatableText(of: translation) else {
                let kind = Unreadable.Kind(rawValue: translation.kind.rawValue) ?? .activity
                let isUnreadable = translation.target.map { content.unreadable.contains(kind, $0) || content.unreadable.contains(.year, $0.yearRef) }
                if isUnreadable != true {
                    diagnostics.error(SourceLocation(path: translation.path), "this translation has no original: \(translation.originalPath) does not exist.",
                                      hint: "name the translation after its original, e.g. `wsis-forum-2026.fr.md` beside `wsis-forum-2026.md`.")
                }
                continue
            }
            for path in translation.texts.keys.sorted() where original.texts[path] == nil {
                let item = path.split(separator: ".").dropLast().joined(separator: ".")
                diagnostics.error(translation.locations[item] ?? translation.locations[path] ?? SourceLocation(path: translation.path),
                                  "the original has nothing at `\(path)` to translate.",
                                  hint: "list items in the same order as the original, and milestones with the original's ids.")
            }
            if translation.sourceHash != original.fingerprint {
                let language = translation.language
                let changed = translation.sourceFields.isEmpty ? [] : original.changedFields(since: translation.sourceFields)
                let what = translation.sourceHash == nil ? "does not record which version of the original it translates"
                    : "was made from an earlier version of \(translation.originalPath)"
                        + (changed.isEmpty ? "" : "; changed since: " + changed.map { "`\($0)`" }.joined(separator: ", "))
                diagnostics.warning(translation.sourceHash == nil ? SourceLocation(path: translation.path) : translation.sourceHashLocation,
                                    "this \(language) translation \(what).",
                                    hint: "bring it up to date, then run `plancycle translations --mark-current \(translation.path)`.")
            }
        }
    }
}

extension Content {
    /// The translatable text of the original that `translation` translates, if it exists.
    func translatableText(of translation: Translation) -> TranslatableText? {
        switch translation.kind {
        case .site:
            return Translatables.site.text(of: site)
        case .year:
            return translation.target.flatMap { year($0.year) }.map(Translatables.year.text)
        case .report:
            return translation.target.flatMap { year($0.year)?.report }.map(Translatables.report.text)
        case .activity:
            return translation.target.flatMap(activity).map(Translatables.activity.text)
        case .letter:
            return years.flatMap(\.letters).first { $0.ref == translation.target }.map(Translatables.letter.text)
        }
    }
}
