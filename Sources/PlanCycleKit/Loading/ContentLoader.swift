/// Reads a whole content folder into a checked `Content`, collecting every problem on the way.
public enum ContentLoader {
    /// Loads `folder`. Returns nil when something essential (site.yaml) is unusable; other
    /// problems are reported and the faulty documents left out.
    public static func load(from folder: String, asOf: Day? = nil, strict: Bool = false, diagnostics: Diagnostics) -> Content? {
        guard ContentFolder.isDirectory(folder) else {
            diagnostics.error(SourceLocation(path: folder), "the content folder does not exist.",
                              hint: "run from the project folder or pass `--content DIR`.")
            return nil
        }
        let sitePath = ContentFolder.join(folder, "site.yaml")
        var site: Site?
        if let text = ContentFolder.readText(sitePath, diagnostics: diagnostics) {
            Placeholders.check(text, path: sitePath, diagnostics: diagnostics)
            let node = YAMLSource.compose(text, path: sitePath, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
            if node != nil || !diagnostics.hasErrors(in: sitePath) {
                site = SiteReader.read(node, path: sitePath, diagnostics: diagnostics)
            }
        }

        var memberStates: [MemberState] = []
        let statesPath = ContentFolder.join(folder, "member-states.yaml")
        if ContentFolder.entries(folder).contains("member-states.yaml"), let text = ContentFolder.readText(statesPath, diagnostics: diagnostics) {
            let node = YAMLSource.compose(text, path: statesPath, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
            if node != nil || !diagnostics.hasErrors(in: statesPath) {
                memberStates = MemberStatesReader.read(node, path: statesPath, diagnostics: diagnostics)
            }
        }

        var years: [Year] = []
        var letterDrafts: [LetterDraft] = []
        var unreadable = Unreadable()
        var translations: [Translation] = []
        var yearFolders: [(path: String, year: Int)] = []
        for name in ContentFolder.entries(folder) {
            let path = ContentFolder.join(folder, name)
            if let number = Int(name), name.count == 4, ContentFolder.isDirectory(path) {
                yearFolders.append((path, number))
            } else if name.hasPrefix("site."), name.hasSuffix(".yaml"), let language = TranslationFiles.language(of: name, stem: "site", ext: ".yaml") {
                if let text = ContentFolder.readText(path, diagnostics: diagnostics) {
                    let node = YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
                    if let translation = TranslationReader.read(
                        node, kind: .site, language: language, path: path, lineOffset: 0, originalPath: sitePath, target: "site",
                        body: nil, diagnostics: diagnostics)
                    {
                        translations.append(translation)
                    }
                }
            } else if let problem = TranslationFiles.misnamed(name) {
                diagnostics.error(SourceLocation(path: path), problem.message, hint: problem.hint)
            } else if !knownTopLevel.contains(name) {
                diagnostics.warning(SourceLocation(path: path), "PlanCycle does not use this file or folder; it is ignored.",
                                    hint: "year folders are named with four digits, e.g. \(ContentFolder.join(folder, "2026"))/.")
            }
        }
        // Years are read on every core; each keeps its own diagnostics, merged in year order.
        let loads = Parallel.map(yearFolders.count) { index -> YearLoad in
            var load = YearLoad()
            load.year = loadYear(
                yearFolders[index].path, year: yearFolders[index].year, site: site, memberStates: memberStates,
                letters: &load.letters, unreadable: &load.unreadable, translations: &load.translations, diagnostics: load.diagnostics)
            return load
        }
        for load in loads {
            if let year = load.year { years.append(year) }
            letterDrafts += load.letters
            unreadable.formUnion(load.unreadable)
            translations += load.translations
            diagnostics.append(contentsOf: load.diagnostics.all)
        }

        let letters = LetterNumbering.number(letterDrafts, diagnostics: diagnostics)
        for index in years.indices {
            years[index].letters = letters.filter { $0.date.year == years[index].year }
        }
        guard let site else { return nil }
        var content = Content(site: site, years: years, memberStates: memberStates, unreadable: unreadable)
        content.translations = translations
        content.indexLetters()
        content.sitePath = sitePath
        LetterChecks.run(content, drafts: letterDrafts, asOf: asOf, strict: strict, diagnostics: diagnostics)
        OutcomeChecks.run(content, strict: strict, diagnostics: diagnostics)
        TranslationChecks.run(content, diagnostics: diagnostics)
        return content
    }

    /// What reading one year folder gives.
    struct YearLoad {
        var year: Year?
        var letters: [LetterDraft] = []
        var unreadable = Unreadable()
        var translations: [Translation] = []
        let diagnostics = Diagnostics()
    }

    static let yearEntries: Set<String> = ["year.md", "report.md", "activities", "letters", "outcomes"]
    static let knownTopLevel: Set<String> = ["site.yaml", "member-states.yaml"]

    private static func loadYear(
        _ folder: String, year: Int, site: Site?, memberStates: [MemberState], letters: inout [LetterDraft], unreadable: inout Unreadable,
        translations: inout [Translation], diagnostics: Diagnostics
    ) -> Year? {
        let yearPath = ContentFolder.join(folder, "year.md")
        var yearData: YearReader.Result?
        if ContentFolder.entries(folder).contains("year.md") {
            if let text = ContentFolder.readText(yearPath, diagnostics: diagnostics) {
                let file = FrontMatterFile(path: yearPath, text: text, diagnostics: diagnostics)
                yearData = YearReader.read(file, year: year, diagnostics: diagnostics)
            }
        } else {
            diagnostics.error(SourceLocation(path: yearPath), "the year \(year) has no year.md.",
                              hint: "create it with the meeting and the plan's document data (see the README).")
        }

        var activities: [Activity] = []
        let activitiesFolder = ContentFolder.join(folder, "activities")
        let lettersFolder = ContentFolder.join(folder, "letters")
        translations += TranslationFiles.read(in: activitiesFolder, kind: .activity, year: year, diagnostics: diagnostics)
        translations += TranslationFiles.read(in: lettersFolder, kind: .letter, year: year, diagnostics: diagnostics)
        for stem in ["year", "report"] {
            for name in ContentFolder.entries(folder) {
                guard let language = TranslationFiles.language(of: name, stem: stem, ext: ".md") else { continue }
                if let translation = TranslationFiles.read(
                    file: ContentFolder.join(folder, name), language: language, kind: stem == "year" ? .year : .report,
                    originalPath: ContentFolder.join(folder, stem + ".md"), target: "\(year)", diagnostics: diagnostics)
                {
                    translations.append(translation)
                }
            }
        }
        for (id, file) in markdownFiles(in: activitiesFolder, kind: "activity", diagnostics: diagnostics) {
            if let activity = ActivityReader.read(file, id: id, year: year, site: site, diagnostics: diagnostics) {
                activities.append(activity)
            } else {
                unreadable.insert(.activity, "\(year)/\(id)")
            }
        }
        for (name, file) in markdownFiles(in: lettersFolder, kind: "letter", allowed: ["annexes"], diagnostics: diagnostics) {
            guard let draft = LetterReader.read(file, name: name, lettersFolder: lettersFolder, site: site, diagnostics: diagnostics)
            else {
                unreadable.insert(.letter, "\(year)/\(name)")
                if let reference = file.yaml?.mapping?["activity"]?.scalar?.string {
                    let (activityYear, id) = Content.split(reference, defaultYear: year)
                    unreadable.insert(.lettersAbout, "\(activityYear)/\(id)")
                }
                continue
            }
            if draft.letter.date.year != year {
                diagnostics.error(draft.locations["date"] ?? SourceLocation(path: file.path),
                                  "the letter is dated in \(draft.letter.date.year) but sits in the \(year) folder.",
                                  hint: "move it to \(ContentFolder.sibling(of: file.path, "\(draft.letter.date.year)/letters"))/, or correct its date.")
                continue
            }
            letters.append(draft)
        }
        var outcomes: [Outcome] = []
        for (id, file) in markdownFiles(in: ContentFolder.join(folder, "outcomes"), kind: "outcome record", diagnostics: diagnostics) {
            if let outcome = OutcomeReader.read(file, id: id, year: year, site: site, memberStates: memberStates, diagnostics: diagnostics) {
                outcomes.append(outcome)
            } else {
                unreadable.insert(.outcome, "\(year)/\(id)")
            }
        }
        var report: Report?
        let reportPath = ContentFolder.join(folder, "report.md")
        if ContentFolder.entries(folder).contains("report.md"), let text = ContentFolder.readText(reportPath, diagnostics: diagnostics) {
            let file = FrontMatterFile(path: reportPath, text: text, diagnostics: diagnostics)
            report = ReportReader.read(file, memberStates: memberStates, diagnostics: diagnostics)
            if report == nil { unreadable.insert(.report, "\(year)") }
        }
        for name in ContentFolder.entries(folder) where !yearEntries.contains(name)
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
        guard let yearData else {
            unreadable.insert(.year, "\(year)")
            for activity in activities { unreadable.insert(.activity, "\(year)/\(activity.id)") }
            return nil
        }
        activities.sort { ($0.start, $0.id) < ($1.start, $1.id) }
        return Year(
            year: year, path: folder, meeting: yearData.meeting, plan: yearData.plan,
            introduction: yearData.introduction, activities: activities, letters: [],
            outcomes: outcomes.sorted { $0.id < $1.id }, report: report)
    }

    /// The `.md` files of a folder with their ids, split into front matter and body.
    private static func markdownFiles(
        in folder: String, kind: String, allowed: Set<String> = [], diagnostics: Diagnostics
    ) -> [(String, FrontMatterFile)] {
        guard ContentFolder.isDirectory(folder) else { return [] }
        var result: [(String, FrontMatterFile)] = []
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
            guard let text = ContentFolder.readText(path, diagnostics: diagnostics) else { continue }
            result.append((id, FrontMatterFile(path: path, text: text, diagnostics: diagnostics)))
        }
        return result
    }
}
