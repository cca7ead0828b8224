/// What `build` publishes when drafts are left out: the content without draft letters and draft
/// reports, and the files they were read from, so that the manifest does not name them either.
extension Content {
    /// The content without draft letters and draft reports.
    /// - Returns: that content, the drafts left out (their paths), and the paths of all the files
    ///   left out with them (the documents, their translations, and annex files no published letter uses).
    func leavingOutDrafts() -> (content: Content, drafts: [String], leftOut: Set<String>) {
        var published = self
        var drafts: [String] = []
        var leftOut: Set<String> = []
        var keptAnnexes: Set<String> = []
        for index in published.years.indices {
            let year = published.years[index]
            for letter in year.letters {
                let files = Self.files(of: letter)
                if letter.status == .draft { leftOut.formUnion(files) } else { keptAnnexes.formUnion(files) }
                if letter.status == .draft { drafts.append(letter.path) }
            }
            published.years[index].letters = year.letters.filter { $0.status != .draft }
            if let report = year.report, report.status == .draft {
                leftOut.insert(report.path)
                drafts.append(report.path)
                published.years[index].report = nil
            }
        }
        leftOut.subtract(keptAnnexes)
        leftOut.formUnion(translations.filter { leftOut.contains($0.originalPath) }.map(\.path))
        published.translations = translations.filter { !leftOut.contains($0.path) }
        published.indexLetters()
        return (published, drafts.sorted(), leftOut)
    }

    /// A letter's own file and its annex files with their translations.
    private static func files(of letter: CircularLetter) -> Set<String> {
        var files: Set<String> = [letter.path]
        let folder = letter.folder
        for annex in letter.annexes {
            guard let file = annex.file else { continue }
            files.insert(folder + "/" + file)
            let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
            files.formUnion(annex.translations.keys.map { folder + "/" + stem + ".\($0).md" })
        }
        return files
    }
}
