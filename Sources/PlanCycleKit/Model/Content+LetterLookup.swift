/// Finding the letters a user names on the command line.
extension Content {
    /// The letters that `reference` names: a letter's file name (`forum-call`, `2026/forum-call`),
    /// its number (`CL-26/6`, `cl-26-06`), or an activity (`wsis-forum`, `2026/wsis-forum`), whose
    /// letters are all taken. Empty when nothing matches.
    func letters(named reference: String) -> [CircularLetter] {
        for key in [reference, Self.normalizedLetterReference(reference)] {
            let ref = DocumentRef(key, defaultYear: 0)
            let byName = (letterNames[ref.id ?? key] ?? []).map { years[$0.year].letters[$0.letter] }
                .filter { ref.year == 0 || $0.date.year == ref.year }
            if !byName.isEmpty { return byName }
        }
        return latestActivity(reference).map(letters(about:)) ?? []
    }

    /// The activity `id` of the latest year that has one, or `YYYY/id`.
    func latestActivity(_ reference: String) -> Activity? {
        years.reversed().lazy.compactMap { year -> Activity? in
            let wanted = DocumentRef(reference, defaultYear: year.year)
            return wanted.year == year.year ? year.activities.first { $0.id == wanted.id } : nil
        }.first
    }

    /// Every name a letter can be asked for by: file names, numbers and activity ids.
    var letterReferences: [String] {
        let letters = years.flatMap(\.letters)
        return Array(Set(letters.map(\.name) + letters.compactMap(\.symbol) + years.flatMap { $0.activities.map(\.id) })).sorted()
    }

    /// `CL-26/6` for `cl-26/06`, `CL-26-06` or `cl-26-06`; the name for `draft-<name>`; else as given.
    static func normalizedLetterReference(_ reference: String) -> String {
        let lower = reference.lowercased()
        if lower.hasPrefix("draft-") { return String(reference.dropFirst(6)) }
        guard lower.hasPrefix("cl-") else { return reference }
        let parts = lower.dropFirst(3).split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, parts[0].count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return reference }
        return "CL-\(CircularLetter.twoDigits(year))/\(number)"
    }
}
