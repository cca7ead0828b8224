/// One process or event in which ITU plans to participate.
public struct Activity: Sendable {
    public struct Impact: Sendable {
        public var rating: ImpactRating
        /// Markdown.
        public var reasons: String
    }

    public struct StaffSource: Sendable {
        public var unit: String
        public var roles: String
        public var staffDays: Int?
    }

    public struct ThirdParty: Sendable {
        public var name: String
        public var support: String
    }

    public struct Milestone: Sendable {
        public var id: String
        /// `YYYY-MM-DD` or `YYYY-MM` as written.
        public var date: MilestoneDate
        public var tentative: Bool
        public var opportunity: String
        public var milestone: String
    }

    /// The file name without `.md`.
    public var id: String
    public var path: String
    public var year: Int
    public var title: String
    public var processes: [String]
    public var highLevel: Bool
    public var start: Day
    public var end: Day
    public var place: String
    public var format: EventFormat
    public var impact: Impact
    public var staff: [StaffSource]
    public var thirdParties: [ThirdParty]
    public var participation: [ParticipationForm]
    /// Markdown.
    public var memberStateSupport: String
    public var urgent: Bool
    /// Where `urgent` is written, for diagnostics about letters.
    public var urgentLocation: SourceLocation
    public var actionPlan: [String]
    public var milestones: [Milestone]
    /// Markdown body.
    public var description: String
    /// The language the text is in (a translation's, or the original's).
    public var textLanguage = "en"
    /// True when the text comes from a translation made from an earlier version of the original.
    public var textIsStale = false

    public var staffDays: Int { staff.compactMap(\.staffDays).reduce(0, +) }
}

/// A milestone's date: a day, or a month when the day is not yet known.
public enum MilestoneDate: Sendable, Hashable, Comparable {
    case day(Day)
    case month(year: Int, month: Int)

    init?(_ text: String) {
        if let day = Day(iso: text) {
            self = .day(day)
            return
        }
        let parts = text.split(separator: "-")
        guard text.count == 7, parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
            parts[0].count == 4, (1...9999).contains(y), (1...12).contains(m)
        else { return nil }
        self = .month(year: y, month: m)
    }

    /// The first day it can mean, for sorting and comparisons.
    public var firstDay: Day {
        switch self {
        case .day(let day): return day
        case .month(let year, let month): return Day(year: year, month: month, day: 1) ?? Day.epoch
        }
    }

    public static func < (lhs: MilestoneDate, rhs: MilestoneDate) -> Bool { lhs.firstDay < rhs.firstDay }
}
