/// The header of a Council Working Group document: meeting, symbol, date, source, title and the
/// Summary / Action required / References box.
struct DocumentHeader: TemplateContext {
    var meeting: String
    var meetingNumber: Int
    var meetingOrdinal: String
    var meetingDates: String
    var meetingPlace: String
    var symbol: String
    var date: String
    var source: String
    var title: String
    var summaryHTML: String
    var actionRequiredHTML: String
    var references: [String]
    var referencesText: String

    static let fields = TemplateFields<Self>([
        .field("meeting", \.meeting), .field("meeting_number", \.meetingNumber), .field("meeting_ordinal", \.meetingOrdinal),
        .field("meeting_dates", \.meetingDates), .field("meeting_place", \.meetingPlace),
        .field("symbol", \.symbol), .field("date", \.date), .field("source", \.source), .field("title", \.title),
        .field("summary_html", \.summaryHTML), .field("action_required_html", \.actionRequiredHTML),
        .field("references", \.references), .field("references_text", \.referencesText),
    ])

    /// `CWG-WSIS-44/3-E`, with ` Rev. N` when revised; `letter` is the language's symbol letter.
    static func symbol(site: Site, meeting: Year.Meeting, info: Year.DocumentInfo, letter: String = "E") -> String {
        var symbol = "\(site.symbolPrefix)-\(meeting.number)/\(info.number)-\(letter)"
        if let revision = info.revision { symbol += " Rev. \(revision)" }
        return symbol
    }

    init(meeting: Year.Meeting, info: Year.DocumentInfo, scope: Scope) {
        let site = scope.content.site
        self.meeting = site.workingGroupName
        meetingNumber = meeting.number
        meetingOrdinal = DateText.ordinal(meeting.number)
        meetingDates = scope.formats.range(meeting.start, meeting.end)
        meetingPlace = meeting.place
        symbol = Self.symbol(site: site, meeting: meeting, info: info, letter: scope.language.letter)
        date = scope.formats.long(info.date)
        source = info.source
        title = info.title
        summaryHTML = Fragment.block(info.summary)
        actionRequiredHTML = Fragment.block(info.actionRequired)
        references = info.references
        referencesText = info.references.joined(separator: "; ")
    }
}
