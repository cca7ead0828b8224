/// Reads a whole content folder into a checked `Content`, collecting every problem on the way.
public enum ContentLoader {
    /// Loads `folder`. Returns nil when something essential (site.yaml) is unusable; other
    /// problems are reported and the faulty documents left out.
    public static func load(from folder: String, asOf: Day? = nil, strict: Bool = false, diagnostics: Diagnostics) -> Content? {
        load(from: folder, asOf: asOf, strict: strict, diagnostics: diagnostics, log: nil)
    }

    /// Loads `folder`, with the digest of each file read recorded in `log`.
    static func load(from folder: String, asOf: Day?, strict: Bool, diagnostics: Diagnostics, log: InputLog?) -> Content? {
        guard ContentFolder.isDirectory(folder) else {
            diagnostics.error(SourceLocation(path: folder), "the content folder does not exist.",
                              hint: "run from the project folder or pass `--content DIR`.")
            return nil
        }
        let sitePath = ContentFolder.join(folder, "site.yaml")
        let site = readSite(sitePath, diagnostics: diagnostics, log: log)
        let memberStates = readMemberStates(in: folder, diagnostics: diagnostics, log: log)
        let topLevel = readTopLevel(folder, sitePath: sitePath, diagnostics: diagnostics, log: log)

        // Years are read on every core; each keeps its own diagnostics, merged in year order.
        let folders = topLevel.yearFolders
        let results = Parallel.map(folders.count) { index in
            YearFolderReader(folders[index].path, year: folders[index].year, site: site, memberStates: memberStates, log: log).read()
        }
        for result in results { diagnostics.append(contentsOf: result.diagnostics.all) }
        let drafts = results.flatMap(\.letters)
        let letters = LetterNumbering.number(drafts, diagnostics: diagnostics)
        var years = results.compactMap(\.year)
        for index in years.indices {
            years[index].letters = letters.filter { $0.date.year == years[index].year }
        }
        guard let site else { return nil }
        var unreadable = Unreadable()
        for result in results { unreadable.formUnion(result.unreadable) }
        var content = Content(site: site, years: years, memberStates: memberStates, unreadable: unreadable)
        content.translations = topLevel.translations + results.flatMap(\.translations)
        content.indexLetters()
        content.sitePath = sitePath
        LetterChecks.run(content, drafts: drafts, asOf: asOf, strict: strict, diagnostics: diagnostics)
        OutcomeChecks.run(content, strict: strict, diagnostics: diagnostics)
        TranslationChecks.run(content, diagnostics: diagnostics)
        return content
    }

    static let knownTopLevel: Set<String> = ["site.yaml", "member-states.yaml"]

    private static func readSite(_ path: String, diagnostics: Diagnostics, log: InputLog?) -> Site? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { return nil }
        Placeholders.check(text, path: path, diagnostics: diagnostics)
        let node = YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
        guard node != nil || !diagnostics.hasErrors(in: path) else { return nil }
        return SiteReader.read(node, path: path, diagnostics: diagnostics)
    }

    private static func readMemberStates(in folder: String, diagnostics: Diagnostics, log: InputLog?) -> [MemberState] {
        let path = ContentFolder.join(folder, "member-states.yaml")
        guard ContentFolder.entries(folder).contains("member-states.yaml"),
              let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log)
        else { return [] }
        let node = YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
        guard node != nil || !diagnostics.hasErrors(in: path) else { return [] }
        return MemberStatesReader.read(node, path: path, diagnostics: diagnostics)
    }

    /// The year folders of the content folder, and the translations of `site.yaml` beside them.
    private static func readTopLevel(
        _ folder: String, sitePath: String, diagnostics: Diagnostics, log: InputLog?
    ) -> (yearFolders: [(path: String, year: Int)], translations: [Translation]) {
        var yearFolders: [(path: String, year: Int)] = []
        var translations: [Translation] = []
        for name in ContentFolder.entries(folder) {
            let path = ContentFolder.join(folder, name)
            if let number = Int(name), name.count == 4, ContentFolder.isDirectory(path) {
                yearFolders.append((path, number))
            } else if name.hasPrefix("site."), name.hasSuffix(".yaml"), let language = TranslationFiles.language(of: name, stem: "site", ext: ".yaml") {
                if let translation = readSiteTranslation(path, language: language, sitePath: sitePath, diagnostics: diagnostics, log: log) {
                    translations.append(translation)
                }
            } else if let problem = TranslationFiles.misnamed(name) {
                diagnostics.error(SourceLocation(path: path), problem.message, hint: problem.hint)
            } else if !knownTopLevel.contains(name) {
                diagnostics.warning(SourceLocation(path: path), "PlanCycle does not use this file or folder; it is ignored.",
                                    hint: "year folders are named with four digits, e.g. \(ContentFolder.join(folder, "2026"))/.")
            }
        }
        return (yearFolders, translations)
    }

    private static func readSiteTranslation(
        _ path: String, language: String, sitePath: String, diagnostics: Diagnostics, log: InputLog?
    ) -> Translation? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { return nil }
        let node = YAMLSource.compose(text, path: path, lineOffset: 0, isWholeFile: true, diagnostics: diagnostics)
        return TranslationReader.read(
            node, kind: .site, language: language, path: path, lineOffset: 0, originalPath: sitePath, target: nil,
            body: nil, diagnostics: diagnostics)
    }
}
