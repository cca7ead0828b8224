/// One calendar year of content: its first-cluster meeting, the plan's document data and its activities.
public struct Year: Sendable {
    /// The CWG-WSIS&SDG meeting of the first cluster of the year.
    public struct Meeting: Sendable {
        public var number: Int
        public var start: Day
        public var end: Day
        public var place: String
    }

    /// The document data of a CWG document (plan or report).
    public struct DocumentInfo: Sendable {
        public var number: Int
        public var revision: Int?
        public var date: Day
        public var source: String
        public var title: String
        public var summary: String
        public var actionRequired: String
        public var references: [String]
        /// The plan's mandate, as the circular letters cite it ("Resolution 140 (Rev. Bucharest,
        /// 2022) of the Plenipotentiary Conference and ..."); nil for the report.
        public var mandate: String? = nil
    }

    public var year: Int
    public var path: String
    public var meeting: Meeting
    public var plan: DocumentInfo
    /// The plan's introduction, in Markdown.
    public var introduction: String
    /// Activities sorted by start date, then id.
    public var activities: [Activity]
    /// Letters dated in this year, in numbering order.
    public var letters: [CircularLetter]
    /// What happened, by activity id (planned and unplanned), sorted by id.
    public var outcomes: [Outcome] = []
    /// The summary report on this year, once it is written.
    public var report: Report?
    /// The language of the year's text (introduction and plan data).
    public var textLanguage = "en"
    /// True when the text comes from a translation made from an earlier version of the original.
    public var textIsStale = false

    public func outcome(for activity: Activity) -> Outcome? { outcomes.first { $0.id == activity.id } }

    /// The outcome record of each activity that has one, by activity id: for looking up every
    /// activity's (`outcome(for:)` looks through the records each time).
    var outcomesByID: [String: Outcome] { Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
}
