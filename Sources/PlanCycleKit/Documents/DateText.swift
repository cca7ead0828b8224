/// Dates written as ITU documents write them in English: "6 July 2026", "6–10 July 2026".
enum DateText {
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func long(_ day: Day) -> String { "\(day.day) \(months[day.month - 1]) \(day.year)" }

    static func month(year: Int, month: Int) -> String { "\(months[month - 1]) \(year)" }

    static func milestone(_ date: MilestoneDate) -> String {
        switch date {
        case .day(let day): return long(day)
        case .month(let year, let month): return self.month(year: year, month: month)
        }
    }

    /// A span of days, sharing the month and year where they agree.
    static func range(_ start: Day, _ end: Day) -> String {
        if start == end { return long(start) }
        if start.year == end.year, start.month == end.month {
            return "\(start.day)–\(end.day) \(months[end.month - 1]) \(end.year)"
        }
        if start.year == end.year {
            return "\(start.day) \(months[start.month - 1]) – \(long(end))"
        }
        return "\(long(start)) – \(long(end))"
    }

    /// "44th".
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
