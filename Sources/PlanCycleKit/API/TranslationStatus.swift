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
    public var missing: [Missing] = []

    /// "fr: 9 current, 1 stale, 43 missing".
    public var summary: String { "\(language): \(current.count) current, \(stale.count) stale, \(missing.count) missing" }

    /// The status of every configured language but the original.
    static func compute(_ content: Content) -> [TranslationStatus] {
        var originals: [(path: String, text: TranslatableText, kind: Translation.Kind, target: String)] = [
            (content.sitePath, TranslatableText(content.site), .site, "site"),
        ]
        for year in content.years {
            originals.append((year.path + "/year.md", TranslatableText(year), .year, "\(year.year)"))
            if let report = year.report { originals.append((report.path, TranslatableText(report), .report, "\(year.year)")) }
            for activity in year.activities {
                originals.append((activity.path, TranslatableText(activity), .activity, "\(activity.year)/\(activity.id)"))
            }
            for letter in year.letters { originals.append((letter.path, TranslatableText(letter), .letter, "\(year.year)/\(letter.name)")) }
        }
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
                    }
                } else {
                    status.missing.append(Missing(original: original.path, translation: translationPath(of: original.path, language: language)))
                }
            }
            return status
        }
    }

    /// `a/b.fr.md` for `a/b.md`, `site.fr.yaml` for `site.yaml`.
    static func translationPath(of original: String, language: String) -> String {
        guard let dot = original.lastIndex(of: ".") else { return original + "." + language }
        return String(original[..<dot]) + "." + language + String(original[dot...])
    }
}

extension PlanCycle {
    /// Every configured language's translation status.
    public static func translations(_ options: Options) -> (statuses: [TranslationStatus], result: Result) {
        let loaded = load(options)
        guard let content = loaded.content else { return ([], Result(diagnostics: loaded.diagnostics.sorted)) }
        return (TranslationStatus.compute(content), Result(diagnostics: loaded.diagnostics.sorted))
    }

    /// Records in a translation that it translates the current version of its original.
    public static func markCurrent(_ path: String, _ options: Options) -> Result {
        let loaded = load(options)
        let diagnostics = loaded.diagnostics
        let wanted = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let content = loaded.content,
            let translation = content.translations.first(where: { URL(fileURLWithPath: $0.path).standardizedFileURL.path == wanted })
        else {
            diagnostics.error(SourceLocation(path: path), "this is not a translation PlanCycle knows.",
                              hint: "give the path of a translation in \(options.content), such as \(ContentFolder.join(options.content, "2026/activities/wsis-forum-2026.fr.md")).")
            return Result(diagnostics: diagnostics.sorted)
        }
        guard let original = content.translatableText(of: translation),
            let text = ContentFolder.readText(translation.path, diagnostics: diagnostics)
        else { return Result(diagnostics: diagnostics.sorted) }
        let updated = SourceHash.write(original.fingerprint, into: text, isYAML: translation.kind == .site)
        do {
            try Data(updated.utf8).write(to: URL(fileURLWithPath: translation.path), options: .atomic)
        } catch {
            diagnostics.error(SourceLocation(path: translation.path), "the file could not be written (\(error.localizedDescription)).")
        }
        let remaining = diagnostics.sorted.filter { $0.severity == .error }
        return Result(diagnostics: remaining, written: [translation.path])
    }
}

/// Writes `source_hash: ...` into a translation's front matter (or YAML file).
enum SourceHash {
    static func write(_ hash: String, into text: String, isYAML: Bool) -> String {
        var lines = text.components(separatedBy: "\n")
        let start = isYAML ? 0 : 1
        let end = isYAML ? lines.count : (lines.dropFirst().firstIndex { $0.trimmed == "---" } ?? lines.count)
        if let index = lines[start..<max(start, end)].firstIndex(where: { $0.hasPrefix("source_hash:") }) {
            lines[index] = "source_hash: \(hash)"
        } else {
            lines.insert("source_hash: \(hash)", at: min(start, lines.count))
        }
        return lines.joined(separator: "\n")
    }
}
