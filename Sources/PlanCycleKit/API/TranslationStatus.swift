import Foundation

/// How far one language's translations have come: which are current, stale or missing.
public struct TranslationStatus: Sendable {
    public struct Missing: Sendable {
        /// The original file.
        public var original: String
        /// Where its translation would go.
        public var translation: String
    }

    public var language: String
    public var current: [String] = []
    public var stale: [String] = []
    /// For stale translations that record `source_fields`: the fields of the original changed since.
    public var changed: [String: [String]] = [:]
    public var missing: [Missing] = []

    /// "fr: 9 current, 1 stale, 43 missing".
    public var summary: String { "\(language): \(current.count) current, \(stale.count) stale, \(missing.count) missing" }

    /// The status of every configured language but the original.
    static func compute(_ content: Content) -> [TranslationStatus] {
        let originals = content.originals
        return content.site.languages.filter { $0 != TemplateSet.originalLanguage }.map { language in
            var status = TranslationStatus(language: language)
            for original in originals {
                if let translation = content.translations.first(where: {
                    $0.language == language && $0.kind == original.kind && $0.target == original.target
                }) {
                    if translation.sourceHash == original.text.fingerprint {
                        status.current.append(translation.path)
                    } else {
                        status.stale.append(translation.path)
                        if !translation.sourceFields.isEmpty {
                            status.changed[translation.path] = original.text.changedFields(since: translation.sourceFields)
                        }
                    }
                } else {
                    status.missing.append(Missing(original: original.path, translation: TranslationFiles.translationPath(of: original.path, language: language)))
                }
            }
            return status
        }
    }
}

extension PlanCycle {
    /// Every configured language's translation status, with the diagnostics about translation
    /// files only (problems elsewhere in the content are for `check`).
    public static func translations(_ options: Options) -> (statuses: [TranslationStatus], result: Result) {
        let loaded = load(options)
        guard let content = loaded.content else { return ([], Result(diagnostics: loaded.diagnostics.sorted)) }
        let paths = Set(content.translations.map(\.path))
        let concerning = loaded.diagnostics.sorted.filter {
            paths.contains($0.location.path) || TranslationFiles.isNamedLikeTranslation(URL(fileURLWithPath: $0.location.path).lastPathComponent)
        }
        return (TranslationStatus.compute(content), Result(diagnostics: concerning))
    }

    /// Records in a translation that it translates the current version of its original.
    /// - Parameter path: the translation file, relative to the current folder or to the content folder.
    /// - Returns: the errors that concern that file, if any.
    public static func markCurrent(_ path: String, _ options: Options) -> Result {
        let loaded = load(options)
        let diagnostics = Diagnostics()
        let wanted = [path, ContentFolder.join(options.content, path)].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        guard let content = loaded.content,
            let translation = content.translations.first(where: { wanted.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path) })
        else {
            diagnostics.error(SourceLocation(path: path), "this is not a translation PlanCycle knows.",
                              hint: "give the path of a translation in \(options.content), such as \(ContentFolder.join(options.content, "2026/activities/wsis-forum-2026.fr.md")), relative to the current folder or to the content folder.")
            return Result(diagnostics: diagnostics.sorted)
        }
        diagnostics.append(contentsOf: loaded.diagnostics.all.filter { $0.location.path == translation.path })
        guard let original = content.translatableText(of: translation),
            let text = ContentFolder.readText(translation.path, diagnostics: diagnostics)
        else { return Result(diagnostics: diagnostics.sorted) }
        let updated = SourceHash.write(original, into: text, isYAML: translation.kind == .site)
        do {
            try Data(updated.utf8).write(to: URL(fileURLWithPath: translation.path), options: .atomic)
        } catch {
            diagnostics.error(SourceLocation(path: translation.path), "the file could not be written (\(error.localizedDescription)).")
        }
        let remaining = diagnostics.sorted.filter { $0.severity == .error }
        return Result(diagnostics: remaining, written: [translation.path])
    }
}

extension Content {
    /// A document that can be translated: its file, its translatable text, and what a translation names.
    struct Original {
        var path: String
        var text: TranslatableText
        var kind: Translation.Kind
        var target: DocumentRef?
    }

    /// Every document that can be translated, site.yaml first.
    var originals: [Original] {
        var originals = [Original(path: sitePath, text: Translatables.site.text(of: site), kind: .site, target: nil)]
        for year in years {
            originals.append(Original(path: year.path + "/year.md", text: Translatables.year.text(of: year), kind: .year, target: DocumentRef(year: year.year)))
            if let report = year.report { originals.append(Original(path: report.path, text: Translatables.report.text(of: report), kind: .report, target: DocumentRef(year: year.year))) }
            for activity in year.activities {
                originals.append(Original(path: activity.path, text: Translatables.activity.text(of: activity), kind: .activity, target: activity.ref))
            }
            for letter in year.letters {
                originals.append(Original(path: letter.path, text: Translatables.letter.text(of: letter), kind: .letter, target: letter.ref))
            }
        }
        return originals
    }
}

/// Writes `source_hash: ...` into a translation's front matter (or YAML file).
enum SourceHash {
    /// `text` with `source_hash:` and `source_fields:` recording the current version of `original`.
    static func write(_ original: TranslatableText, into text: String, isYAML: Bool) -> String {
        var lines = text.components(separatedBy: "\n")
        var at = isYAML ? 0 : 1
        // source_hash first, then source_fields right after it.
        for (key, line) in [("source_hash:", "source_hash: \(original.fingerprint)"), ("source_fields:", original.sourceFieldsLine)] {
            let end = isYAML ? lines.count : (lines.dropFirst().firstIndex { $0.trimmed == "---" } ?? lines.count)
            let start = isYAML ? 0 : 1
            if let index = lines[start..<max(start, end)].firstIndex(where: { $0.hasPrefix(key) }) {
                lines[index] = line
                at = index + 1
            } else {
                lines.insert(line, at: min(at, lines.count))
                at += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
