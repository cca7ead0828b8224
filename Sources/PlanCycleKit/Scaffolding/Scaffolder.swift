import Foundation

/// Makes new content files from the scaffolds, refusing ids that are invalid or taken.
struct Scaffolder {
    let content: Content?
    let options: Options
    let diagnostics: Diagnostics

    // MARK: - The kinds

    func year(_ number: Int) -> [String] {
        let folder = ContentFolder.join(options.content, "\(number)")
        let path = ContentFolder.join(folder, "year.md")
        guard (2000...2999).contains(number) else {
            diagnostics.error(SourceLocation(path: options.content), "`\(number)` is not a year PlanCycle can plan.",
                              hint: "write the year with four digits, e.g. `plancycle new year 2027`.")
            return []
        }
        guard !FileManager.default.fileExists(atPath: path) else {
            let next = (content?.years.last?.year ?? number) + 1
            diagnostics.error(SourceLocation(path: path), "the year \(number) already exists.",
                              hint: "did you mean `plancycle new year \(next)`? Open \(path) to change \(number).")
            return []
        }
        var written: [String] = []
        let sitePath = ContentFolder.join(options.content, "site.yaml")
        if !FileManager.default.fileExists(atPath: sitePath), let site = scaffold(.site) {
            written += write(site.text, to: sitePath)
        }
        let previous = content?.year(number - 1)
        guard let scaffold = scaffold(.year) else { return written }
        let text = scaffold.filled([
            "year": "\(number)", "previous": "\(number - 1)",
            "meeting_number": previous.map { "\($0.meeting.number + 1)" } ?? "1",
            "carry_over": previous.map { carryOver(from: $0, to: number) } ?? "",
        ])
        written += write(text, to: path)
        for name in ["activities", "letters", "outcomes"] {
            try? FileManager.default.createDirectory(atPath: ContentFolder.join(folder, name), withIntermediateDirectories: true)
        }
        return written
    }

    func activity(_ id: String, year: Int?) -> [String] {
        guard let content, let year = existingYear(year, in: content) else { return [] }
        let path = ContentFolder.join(ContentFolder.join(ContentFolder.join(options.content, "\(year)"), "activities"), id + ".md")
        let taken = content.year(year)?.activities.map(\.id) ?? []
        guard accept(id, kind: "activity", path: path, taken: taken), let scaffold = scaffold(.activity) else { return [] }
        let processes = content.site.processes.map(\.id)
        return write(scaffold.filled([
            "year": "\(year)", "start": "\(year)-06-01", "process": processes.first ?? "wsis",
            "processes": processes.joined(separator: ", "), "unit": Scaffold.quoted(content.site.secretariatUnit),
        ]), to: path)
    }

    func letter(_ name: String, activity reference: String) -> [String] {
        guard let content else { return [] }
        guard let activity = content.latestActivity(reference) else {
            let ids = Set(content.years.flatMap { $0.activities.map(\.id) }).sorted()
            diagnostics.error(SourceLocation(path: options.content), "there is no activity `\(reference)`.",
                              hint: Suggestion.hint(for: reference, in: ids, allowedLabel: "Activities"))
            return []
        }
        let date = options.checkDay ?? (Day(year: activity.year, month: 1, day: 15) ?? activity.start)
        guard date < activity.start else {
            diagnostics.error(SourceLocation(path: activity.path), "\(activity.title) starts on \(activity.start), not after \(date): a letter can no longer ask for contributions.",
                              hint: "check the activity's dates, or give the day the letter is written with --as-of.")
            return []
        }
        let lettersFolder = ContentFolder.join(ContentFolder.join(options.content, "\(date.year)"), "letters")
        let path = ContentFolder.join(lettersFolder, name + ".md")
        guard content.year(date.year) != nil else {
            diagnostics.error(SourceLocation(path: path), "a letter dated \(date) goes in the \(date.year) folder, which has no year.md.",
                              hint: "create the year first: `plancycle new year \(date.year)`.")
            return []
        }
        let taken = content.years.flatMap(\.letters).map(\.name)
        guard accept(name, kind: "letter", path: path, taken: taken), let scaffold = scaffold(.letter) else { return [] }
        let lead = date.adding(days: content.site.minimumLeadWeeks * 7 + 14)
        let deadline = min(lead, activity.start.adding(days: -1))
        return write(scaffold.filled([
            "activity": activity.year == date.year ? activity.id : activity.ref.description,
            "date": date.iso, "deadline": deadline.iso,
        ]), to: path)
    }

    func outcome(_ id: String, year: Int?) -> [String] {
        guard let content, let number = existingYear(year, in: content), let year = content.year(number) else { return [] }
        let path = ContentFolder.join(ContentFolder.join(year.path, "outcomes"), id + ".md")
        guard let activity = year.activities.first(where: { $0.id == id }) else {
            diagnostics.error(SourceLocation(path: path), "there is no activity `\(id)` in the \(number) plan.",
                              hint: Suggestion.hint(for: id, in: year.activities.map(\.id), allowedLabel: "Activities")
                                  + " For an activity that was not in the plan, write the record by hand with `unplanned: true` (see the README).")
            return []
        }
        guard accept(id, kind: "outcome record", path: path, taken: year.outcomes.map(\.id)), let scaffold = scaffold(.outcome) else { return [] }
        return write(scaffold.filled([
            "id": id, "year": "\(number)", "participation": activity.participation.map(\.rawValue).joined(separator: ", "),
            "staff_days": "\(activity.staffDays)",
        ]), to: path)
    }

    func translation(of file: String, language: String) -> [String] {
        guard let content else { return [] }
        let wanted = [file, ContentFolder.join(options.content, file)].map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let originals = content.originals
        guard let original = originals.first(where: { wanted.contains(URL(fileURLWithPath: $0.path).standardizedFileURL.path) }) else {
            diagnostics.error(SourceLocation(path: file), "this is not a content file PlanCycle translates.",
                              hint: Suggestion.hint(for: file, in: originals.map(\.path), allowedLabel: "Originals")
                                  + " Give the original's path, relative to the current folder or to the content folder.")
            return []
        }
        let languages = Translation.languages.filter { $0 != TemplateSet.originalLanguage }
        guard languages.contains(language) else {
            diagnostics.error(SourceLocation(path: original.path), "`\(language)` is not a language PlanCycle translates into.",
                              hint: Suggestion.hint(for: language, in: languages, allowedLabel: "Languages"))
            return []
        }
        let path = TranslationFiles.translationPath(of: original.path, language: language)
        guard !FileManager.default.fileExists(atPath: path) else {
            diagnostics.error(SourceLocation(path: path), "this translation already exists; it is left as it is.",
                              hint: "edit it, then run `plancycle translations --mark-current \(path)`.")
            return []
        }
        return write(TranslationDraft.text(of: original, language: language), to: path)
    }

    // MARK: - Helpers

    private func scaffold(_ kind: Scaffold.Kind) -> Scaffold? {
        Scaffold.load(kind, templates: options.templates, diagnostics: diagnostics)
    }

    /// `year`, or the latest year, when its folder has a year.md; else reports why not.
    private func existingYear(_ year: Int?, in content: Content) -> Int? {
        guard let year = year ?? content.years.last?.year else {
            diagnostics.error(SourceLocation(path: options.content), "there is no year to add to.",
                              hint: "create one first: `plancycle new year YYYY`.")
            return nil
        }
        guard content.year(year) != nil else {
            diagnostics.error(SourceLocation(path: ContentFolder.join(options.content, "\(year)")), "there is no year \(year).",
                              hint: "create it first: `plancycle new year \(year)`" + (content.years.last.map { ", or did you mean --year \($0.year)?" } ?? "."))
            return nil
        }
        return year
    }

    /// True when `id` is valid and free; else reports why not, with a suggestion.
    private func accept(_ id: String, kind: String, path: String, taken: [String]) -> Bool {
        guard ContentFolder.isValidID(id) else {
            let fixed = Self.validID(from: id)
            diagnostics.error(SourceLocation(path: path), "`\(id)` cannot be used as an id: the file name is the \(kind)'s id.",
                              hint: (fixed.isEmpty ? "" : "did you mean `\(fixed)`? ") + "Use lowercase letters, digits and hyphens.")
            return false
        }
        guard !FileManager.default.fileExists(atPath: path), !taken.contains(id) else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let free = (2...).lazy.map { "\(id)-\($0)" }
                .first { !taken.contains($0) && !FileManager.default.fileExists(atPath: ContentFolder.join(folder, $0 + ".md")) } ?? id
            diagnostics.error(SourceLocation(path: path), "there is already \(kind.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(kind) named `\(id)`; it is left as it is.",
                              hint: "open \(path) to change it, or did you mean a new one such as `\(free)`?")
            return false
        }
        return true
    }

    /// `wsis-forum-2027` for `WSIS Forum 2027`: lowercase letters, digits and single hyphens.
    static func validID(from text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }

    /// Commented suggestions for the activities the previous year's outcomes carry over.
    private func carryOver(from previous: Year, to year: Int) -> String {
        let carried = previous.outcomes.filter { $0.carryOver || $0.status == .postponed }
        guard !carried.isEmpty else { return "" }
        var lines = [
            "# Carried over from \(previous.year) (outcome records with `carry_over: true` or `status: postponed`).",
            "# Add each to this plan with `plancycle new activity <id> --year \(year)`:",
        ]
        for outcome in carried {
            let title = previous.activities.first { $0.id == outcome.id }?.title ?? outcome.unplanned?.title ?? outcome.id
            let id = outcome.id.hasSuffix("-\(previous.year)") ? String(outcome.id.dropLast(4)) + "\(year)" : outcome.id
            lines.append("#   \(id)  (\(previous.year): \(outcome.id), \(title), \(outcome.status.rawValue))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes a new file, never over an existing one.
    private func write(_ text: String, to path: String) -> [String] {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            return [path]
        } catch {
            diagnostics.error(SourceLocation(path: path), "the file could not be written (\(error.localizedDescription)).",
                              hint: "check that the folder can be written and that the file does not exist.")
            return []
        }
    }
}
