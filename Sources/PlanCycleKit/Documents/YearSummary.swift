/// A year's documents, as the front page and the year's page list them.
struct YearSummary: TemplateContext {
    var year: Int
    var url: String
    var planURL: String
    var planTitle: String
    var planSymbol: String
    var meetingDates: String
    var meetingOrdinal: String
    var activityCount: Count
    var lettersURL: String
    var letterCount: Count
    var hasLetters: Bool
    var reportURL: String?
    var reportTitle: String?
    var reportSymbol: String?
    var reportIsDraft: Bool?
    var calendarURL: String
    var dataURL: String

    static let fields = TemplateFields<Self>([
        .field("year", \.year), .field("url", \.url), .field("plan_url", \.planURL), .field("plan_title", \.planTitle),
        .field("plan_symbol", \.planSymbol), .field("meeting_dates", \.meetingDates), .field("meeting_ordinal", \.meetingOrdinal),
        .field("activity_count", \.activityCount), .field("letters_url", \.lettersURL), .field("letter_count", \.letterCount),
        .field("has_letters", \.hasLetters), .field("report_url", \.reportURL), .field("report_title", \.reportTitle),
        .field("report_symbol", \.reportSymbol), .field("report_is_draft", \.reportIsDraft),
        .field("calendar_url", \.calendarURL), .field("data_url", \.dataURL),
    ])

    /// - Parameter page: the page that lists it, for relative links.
    init(_ year: Year, scope: Scope, page: String) {
        let content = scope.content
        let formats = scope.formats
        let letter = scope.language.letter
        self.year = year.year
        url = PagePath.link(from: page, to: PagePath.year(year.year))
        planURL = PagePath.link(from: page, to: PagePath.plan(year.year))
        planTitle = year.plan.title
        planSymbol = DocumentHeader.symbol(site: content.site, meeting: year.meeting, info: year.plan, letter: letter)
        meetingDates = formats.range(year.meeting.start, year.meeting.end)
        meetingOrdinal = DateText.ordinal(year.meeting.number)
        activityCount = formats.count(year.activities.count)
        lettersURL = PagePath.link(from: page, to: PagePath.letters(year.year))
        letterCount = formats.count(year.letters.count)
        hasLetters = !year.letters.isEmpty
        calendarURL = scope.rootLink(from: page, to: PagePath.calendar(year.year))
        dataURL = scope.rootLink(from: page, to: PagePath.planData(year.year))
        if let report = year.report {
            reportURL = PagePath.link(from: page, to: PagePath.report(year.year))
            reportTitle = report.info.title
            reportIsDraft = report.status == .draft
            if let next = content.year(year.year + 1) {
                reportSymbol = DocumentHeader.symbol(site: content.site, meeting: next.meeting, info: report.info, letter: letter)
            }
        }
    }
}
