/// What is due in the cycle on a given day: letters to write, clear or send for urgent activities,
/// deadlines and consultation meetings near that day, outcome records missing, the next report,
/// and translations.
enum CycleStatus {
    /// How far ahead deadlines and meetings are listed.
    static let daysAhead = 42
    /// How long deadlines and meetings stay listed once passed.
    static let daysBehind = 14

    static func items(_ content: Content, today: Day) -> [StatusItem] {
        var dated: [StatusItem] = []
        for year in content.years {
            for activity in year.activities {
                dated += lettersToWrite(activity, content: content, today: today)
                if activity.end < today, year.outcome(for: activity) == nil {
                    dated.append(StatusItem(
                        date: activity.end, text: "\(activity.title) has ended and has no outcome record: record what happened",
                        path: year.path + "/outcomes/\(activity.id).md"))
                }
            }
            for letter in year.letters where letter.status != .draft {
                dated += dates(of: letter, today: today)
            }
        }
        dated += nextReport(content, today: today)
        let sorted = dated.filter { $0.date != nil }.sorted { ($0.date ?? today, $0.path, $0.text) < ($1.date ?? today, $1.path, $1.text) }
        return sorted + dated.filter { $0.date == nil } + translations(content)
    }

    /// A line for an urgent activity still to come whose letter is missing, a draft, or not sent.
    private static func lettersToWrite(_ activity: Activity, content: Content, today: Day) -> [StatusItem] {
        guard activity.urgent, activity.start >= today else { return [] }
        let letters = content.letters(about: activity)
        guard !letters.isEmpty else {
            return [StatusItem(
                date: activity.start, text: "\(activity.title) is urgent and has no circular letter: write it (plancycle new letter)",
                path: activity.path)]
        }
        return letters.compactMap { letter in
            switch letter.status {
            case .draft:
                return StatusItem(date: letter.date, text: "clear the draft letter \"\(letter.subject)\" (\(activity.title))", path: letter.path)
            case .cleared:
                return StatusItem(date: letter.date, text: "send \(letter.symbol ?? letter.name), cleared: \"\(letter.subject)\"", path: letter.path)
            case .sent:
                return nil
            }
        }
    }

    /// The reply deadline and consultation meeting of a letter, when near `today`.
    private static func dates(of letter: CircularLetter, today: Day) -> [StatusItem] {
        let name = letter.symbol ?? letter.name
        var items: [StatusItem] = []
        for (day, what) in [(letter.deadline, "reply deadline"), (letter.consultation.meetingDate, "consultation meeting")] {
            guard let day, (-daysBehind...daysAhead).contains(today.days(until: day)) else { continue }
            items.append(StatusItem(date: day, text: "\(what) of \(name) \(relative(day, to: today)): \(letter.subject)", path: letter.path))
        }
        return items
    }

    /// "in 5 days", "today", "3 days ago".
    static func relative(_ day: Day, to today: Day) -> String {
        let count = today.days(until: day)
        switch count {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2...: return "in \(count) days"
        default: return "\(-count) days ago"
        }
    }

    /// The report presented at the next first-cluster meeting: drafted, final, or not started.
    private static func nextReport(_ content: Content, today: Day) -> [StatusItem] {
        let meetingThisYear = content.year(today.year)?.meeting
        let onYear = meetingThisYear.map { $0.end >= today } ?? false ? today.year - 1 : today.year
        guard let year = content.year(onYear) else { return [] }
        let meeting = content.year(onYear + 1)?.meeting.start
        switch year.report?.status {
        case .final?:
            return []
        case .draft?:
            return [StatusItem(date: meeting, text: "the report on \(onYear) is a draft: complete it and set `status: final`",
                               path: year.report?.path ?? year.path + "/report.md")]
        case nil:
            return [StatusItem(date: meeting, text: "the report on \(onYear) is not started: draft it (`status: draft`, see the README)",
                               path: year.path + "/report.md")]
        }
    }

    /// One line per stale translation, and one per language with missing ones.
    private static func translations(_ content: Content) -> [StatusItem] {
        TranslationStatus.compute(content).flatMap { status -> [StatusItem] in
            var items = status.stale.map {
                StatusItem(date: nil, text: "\(status.language): stale translation: update it, then plancycle translations --mark-current", path: $0)
            }
            if let first = status.missing.first {
                items.append(StatusItem(
                    date: nil, text: "\(status.language): \(status.missing.count) translations missing (plancycle translations --lang \(status.language))",
                    path: first.translation))
            }
            return items
        }
    }
}
