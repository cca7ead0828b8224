/// The content as a reader of one language sees it: translated text where a translation exists,
/// the original elsewhere, each document marked with the language its text is in.
extension Content {
    func localized(to language: String) -> Content {
        guard language != TemplateSet.originalLanguage else { return self }
        let mine = translations.filter { $0.language == language }
        let stale = Set(mine.filter { $0.sourceHash != translatableText(of: $0)?.fingerprint }.map(\.path))
        func find(_ kind: Translation.Kind, _ target: DocumentRef?) -> Translation? {
            mine.first { $0.kind == kind && $0.target == target }.map { translation in
                var marked = translation
                marked.isStale = stale.contains(translation.path)
                return marked
            }
        }
        var copy = self
        if let t = find(.site, nil) { copy.site = Translatables.site.applying(t, to: copy.site) }
        for index in copy.years.indices {
            var year = copy.years[index]
            if let t = find(.year, DocumentRef(year: year.year)) { year = Translatables.year.applying(t, to: year) }
            if let report = year.report, let t = find(.report, DocumentRef(year: year.year)) { year.report = Translatables.report.applying(t, to: report) }
            year.activities = year.activities.map { activity in
                find(.activity, activity.ref).map { Translatables.activity.applying($0, to: activity) } ?? activity
            }
            let site = copy.site
            year.letters = year.letters.map { original in
                var letter = original
                if letter.usesDefaultRecipients {
                    letter.to = site.letterTo
                    letter.copy = site.letterCopy
                }
                letter = find(.letter, letter.ref).map { Translatables.letter.applying($0, to: letter) } ?? letter
                for i in letter.annexes.indices {
                    if let text = letter.annexes[i].translations[language] { letter.annexes[i].text = text }
                }
                return letter
            }
            copy.years[index] = year
        }
        return copy
    }
}
