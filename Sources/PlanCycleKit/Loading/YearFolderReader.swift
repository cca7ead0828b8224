/// Reads one year folder: `year.md`, its activities, letters, outcomes, report and translations.
/// Each year is read on its own core, with its own diagnostics.
struct YearFolderReader {
    /// What reading a year folder gives.
    struct Result {
        /// Nil when `year.md` is missing or unusable.
        var year: Year?
        /// Letters as read, numbered later across all years.
        var letters: [LetterDraft] = []
        var unreadable = Unreadable()
        var translations: [Translation] = []
        let diagnostics = Diagnostics()
    }

    static let entries: Set<String> = ["year.md", "report.md", "activities", "letters", "outcomes"]

    let folder: String
    let year: Int
    let site: Site?
    let memberStates: [MemberState]
    /// Where each file read is recorded, for the manifest.
    let log: InputLog?

    private var diagnostics: Diagnostics { result.diagnostics }
    private var result = Result()
    private var activitiesFolder: String { ContentFolder.join(folder, "activities") }
    private var lettersFolder: String { ContentFolder.join(folder, "letters") }

    init(_ folder: String, year: Int, site: Site?, memberStates: [MemberState], log: InputLog?) {
        self.folder = folder
        self.log = log
        self.year = year
        self.site = site
        self.memberStates = memberStates
    }

    /// Reads the folder; every problem is in the result's diagnostics.
    consuming func read() -> Result {
        let yearFile = readYearFile()
        readTranslations()
        var activities = readActivities()
        readLetters()
        let outcomes = readOutcomes()
        let report = readReport()
        warnAboutOtherEntries()
        guard let yearFile else {
            result.unreadable.insert(.year, DocumentRef(year: year))
            for activity in activities { result.unreadable.insert(.activity, activity.ref) }
            return result
        }
        activities.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        result.year = Year(
            year: year, path: folder, meeting: yearFile.meeting, plan: yearFile.plan,
            introduction: yearFile.introduction, activities: activities, letters: [],
            outcomes: outcomes.sorted { $0.id < $1.id }, report: report)
        return result
    }

    private func readYearFile() -> YearReader.Result? {
        let path = ContentFolder.join(folder, "year.md")
        guard ContentFolder.entries(folder).contains("year.md") else {
            diagnostics.error(SourceLocation(path: path), "the year \(year) has no year.md.",
                              hint: "create it with the meeting and the plan's document data (see the README).")
            return nil
        }
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { return nil }
        return YearReader.read(FrontMatterFile(path: path, text: text, diagnostics: diagnostics), year: year, diagnostics: diagnostics)
    }

    /// Translations of the activities, the letters, `year.md` and `report.md`.
    private mutating func readTranslations() {
        result.translations += TranslationFiles.read(in: activitiesFolder, kind: .activity, year: year, diagnostics: diagnostics, log: log)
        result.translations += TranslationFiles.read(in: lettersFolder, kind: .letter, year: year, diagnostics: diagnostics, log: log)
        for (stem, kind) in [("year", Translation.Kind.year), ("report", .report)] {
            for name in ContentFolder.entries(folder) {
                guard let language = TranslationFiles.language(of: name, stem: stem, ext: ".md"),
                      let translation = TranslationFiles.read(
                          file: ContentFolder.join(folder, name), language: language, kind: kind,
                          originalPath: ContentFolder.join(folder, stem + ".md"), target: DocumentRef(year: year), diagnostics: diagnostics, log: log)
                else { continue }
                result.translations.append(translation)
            }
        }
    }

    private mutating func readActivities() -> [Activity] {
        var activities: [Activity] = []
        for (id, file) in markdownFiles(in: activitiesFolder, kind: "activity") {
            if let activity = ActivityReader.read(file, id: id, year: year, site: site, diagnostics: diagnostics) {
                activities.append(activity)
            } else {
                result.unreadable.insert(.activity, DocumentRef(year: year, id: id))
            }
        }
        return activities
    }

    private mutating func readLetters() {
        for (name, file) in markdownFiles(in: lettersFolder, kind: "letter", allowed: ["annexes"]) {
            guard let draft = LetterReader.read(file, name: name, lettersFolder: lettersFolder, site: site, diagnostics: diagnostics, log: log)
            else {
                result.unreadable.insert(.letter, DocumentRef(year: year, id: name))
                if let reference = file.yaml?.value(of: "activity")?.scalar?.string {
                    result.unreadable.insert(.lettersAbout, DocumentRef(reference, defaultYear: year))
                }
                continue
            }
            guard draft.letter.date.year == year else {
                diagnostics.error(draft.locations["date"] ?? SourceLocation(path: file.path),
                                  "the letter is dated in \(draft.letter.date.year) but sits in the \(year) folder.",
                                  hint: "move it to \(ContentFolder.sibling(of: file.path, "\(draft.letter.date.year)/letters"))/, or correct its date.")
                continue
            }
            result.letters.append(draft)
        }
    }

    private mutating func readOutcomes() -> [Outcome] {
        var outcomes: [Outcome] = []
        for (id, file) in markdownFiles(in: ContentFolder.join(folder, "outcomes"), kind: "outcome record") {
            if let outcome = OutcomeReader.read(file, id: id, year: year, site: site, memberStates: memberStates, diagnostics: diagnostics) {
                outcomes.append(outcome)
            } else {
                result.unreadable.insert(.outcome, DocumentRef(year: year, id: id))
            }
        }
        return outcomes
    }

    private mutating func readReport() -> Report? {
        let path = ContentFolder.join(folder, "report.md")
        guard ContentFolder.entries(folder).contains("report.md"), let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log)
        else { return nil }
        let report = ReportReader.read(FrontMatterFile(path: path, text: text, diagnostics: diagnostics), memberStates: memberStates, diagnostics: diagnostics)
        if report == nil { result.unreadable.insert(.report, DocumentRef(year: year)) }
        return report
    }

    /// Files and folders a year folder does not hold: misnamed translations are errors, the rest warnings.
    private func warnAboutOtherEntries() {
        for name in ContentFolder.entries(folder) where !Self.entries.contains(name)
            && TranslationFiles.language(of: name, stem: "year", ext: ".md") == nil
            && TranslationFiles.language(of: name, stem: "report", ext: ".md") == nil
        {
            if let problem = TranslationFiles.misnamed(name) {
                diagnostics.error(SourceLocation(path: ContentFolder.join(folder, name)), problem.message, hint: problem.hint)
                continue
            }
            diagnostics.warning(SourceLocation(path: ContentFolder.join(folder, name)), "PlanCycle does not use this file or folder; it is ignored.",
                                hint: "a year folder holds year.md, report.md, activities/, letters/ and outcomes/.")
        }
    }

    /// The `.md` files of a folder with their ids, split into front matter and body.
    private func markdownFiles(in folder: String, kind: String, allowed: Set<String> = []) -> [(String, FrontMatterFile)] {
        guard ContentFolder.isDirectory(folder) else { return [] }
        var files: [(String, FrontMatterFile)] = []
        for name in ContentFolder.entries(folder) where !allowed.contains(name) && TranslationFiles.split(name) == nil {
            let path = ContentFolder.join(folder, name)
            guard name.hasSuffix(".md") else {
                diagnostics.warning(SourceLocation(path: path), "this is not a Markdown file; it is ignored.",
                                    hint: "each \(kind) is a `.md` file.")
                continue
            }
            if let problem = TranslationFiles.misnamed(name) {
                diagnostics.error(SourceLocation(path: path), problem.message, hint: problem.hint)
                continue
            }
            let id = String(name.dropLast(3))
            guard ContentFolder.isValidID(id) else {
                diagnostics.error(SourceLocation(path: path), "`\(id)` cannot be used as an id: the file name is the \(kind)'s id.",
                                  hint: "rename the file using lowercase letters, digits and hyphens, e.g. `wsis-forum.md`.")
                continue
            }
            guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { continue }
            files.append((id, FrontMatterFile(path: path, text: text, diagnostics: diagnostics)))
        }
        return files
    }
}
