/// An activity as the plan's template sees it.
struct ActivityContext: TemplateContext {
    struct Process: TemplateContext {
        var id: String
        var name: String
        static let fields = TemplateFields<Self>([.field("id", \.id), .field("name", \.name)])
    }

    struct Impact: TemplateContext {
        var rating: String
        var label: String
        var reasonsHTML: String
        static let fields = TemplateFields<Self>([.field("rating", \.rating), .field("label", \.label), .field("reasons_html", \.reasonsHTML)])
    }

    struct Staff: TemplateContext {
        var unit: String
        var roles: String
        var staffDays: String?
        static let fields = TemplateFields<Self>([.field("unit", \.unit), .field("roles", \.roles), .field("staff_days", \.staffDays)])
    }

    struct ThirdParty: TemplateContext {
        var name: String
        var support: String
        static let fields = TemplateFields<Self>([.field("name", \.name), .field("support", \.support)])
    }

    struct Participation: TemplateContext {
        var id: String
        var label: String
        static let fields = TemplateFields<Self>([.field("id", \.id), .field("label", \.label)])
    }

    struct Milestone: TemplateContext {
        var id: String
        var date: String
        var tentative: Bool
        var opportunity: String
        var milestone: String
        static let fields = TemplateFields<Self>([
            .field("id", \.id), .field("date", \.date), .field("tentative", \.tentative),
            .field("opportunity", \.opportunity), .field("milestone", \.milestone),
        ])
    }

    var id: String
    var number: Int
    var anchor: String
    var url: String
    var title: String
    var processes: [Process]
    var processesText: String
    var highLevel: Bool
    var dates: String
    var start: String
    var end: String
    var place: String
    var format: String
    var impact: Impact
    var staff: [Staff]
    var staffDays: Count
    var thirdParties: [ThirdParty]
    var participation: [Participation]
    var participationText: String
    var memberStateSupportHTML: String
    var urgent: Bool
    var actionPlan: [String]
    var actionPlanText: String?
    var milestones: [Milestone]
    var descriptionHTML: String
    var letters: [LetterSummary]
    var text: TextFields

    var hasThirdParties: Bool { !thirdParties.isEmpty }
    var hasMilestones: Bool { !milestones.isEmpty }
    var hasLetters: Bool { !letters.isEmpty }
    var letterToFollow: Bool { urgent && letters.isEmpty }

    static let fields = TemplateFields<Self>([
        .field("id", \.id), .field("number", \.number), .field("anchor", \.anchor), .field("url", \.url), .field("title", \.title),
        .field("processes", \.processes), .field("processes_text", \.processesText),
        .field("high_level", \.highLevel), .field("dates", \.dates), .field("start", \.start), .field("end", \.end),
        .field("place", \.place), .field("format", \.format), .field("impact", \.impact),
        .field("staff", \.staff), .field("staff_days", \.staffDays),
        .field("third_parties", \.thirdParties), .field("has_third_parties", \.hasThirdParties),
        .field("participation", \.participation), .field("participation_text", \.participationText),
        .field("member_state_support_html", \.memberStateSupportHTML), .field("urgent", \.urgent),
        .field("action_plan", \.actionPlan), .field("action_plan_text", \.actionPlanText),
        .field("milestones", \.milestones), .field("has_milestones", \.hasMilestones),
        .field("description_html", \.descriptionHTML),
        .field("letters", \.letters), .field("has_letters", \.hasLetters), .field("letter_to_follow", \.letterToFollow),
    ], parts: [TemplateFields.part(\.text)])

    /// - Parameters:
    ///   - page: the path of the page that shows it, for relative links.
    init(_ activity: Activity, number: Int, scope: Scope, page: String) {
        let formats = scope.formats
        let site = scope.content.site
        let marked = { (markdown: String, headingOffset: Int) in
            scope.marked(Fragment.block(markdown, headingOffset: headingOffset), activity.textLanguage)
        }
        id = activity.id
        self.number = number
        anchor = PagePath.activityAnchor(activity)
        url = PagePath.link(from: page, to: PagePath.activity(activity))
        title = activity.title
        processes = activity.processes.map { id in Process(id: id, name: site.process(id)?.name ?? id) }
        processesText = formats.list(processes.map(\.name))
        highLevel = activity.highLevel
        dates = formats.range(activity.start, activity.end)
        start = formats.long(activity.start)
        end = formats.long(activity.end)
        place = activity.place
        format = scope.label("format", activity.format.rawValue)
        impact = Impact(
            rating: activity.impact.rating.rawValue, label: scope.label("impact", activity.impact.rating.rawValue),
            reasonsHTML: marked(activity.impact.reasons, 0))
        staff = activity.staff.map { Staff(unit: $0.unit, roles: $0.roles, staffDays: $0.staffDays.map(formats.number)) }
        staffDays = formats.count(activity.staffDays)
        thirdParties = activity.thirdParties.map { ThirdParty(name: $0.name, support: $0.support) }
        participation = activity.participation.map { Participation(id: $0.rawValue, label: scope.label("participation", $0.rawValue)) }
        participationText = formats.phrase(participation.map(\.label))
        memberStateSupportHTML = marked(activity.memberStateSupport, 0)
        urgent = activity.urgent
        actionPlan = activity.actionPlan
        actionPlanText = activity.actionPlan.isEmpty ? nil : activity.actionPlan.joined(separator: ", ")
        milestones = activity.milestones.map {
            Milestone(id: $0.id, date: formats.milestone($0.date), tentative: $0.tentative, opportunity: $0.opportunity, milestone: $0.milestone)
        }
        descriptionHTML = marked(activity.description, 3)
        letters = scope.content.letters(about: activity).map { LetterSummary($0, scope: scope, page: page) }
        text = scope.text(activity.textLanguage, stale: activity.textIsStale)
    }
}

/// A letter as listed beside its activity, and in the lists of letters.
struct LetterSummary: TemplateContext {
    var symbol: String
    var url: String
    var subject: String
    var date: String
    var deadline: String
    var status: String
    var isDraft: Bool

    static let fields = TemplateFields<Self>([
        .field("symbol", \.symbol), .field("url", \.url), .field("subject", \.subject), .field("date", \.date),
        .field("deadline", \.deadline), .field("status", \.status), .field("is_draft", \.isDraft),
    ])

    init(_ letter: CircularLetter, scope: Scope, page: String) {
        symbol = letter.symbol ?? scope.label("letter_status", "draft")
        url = PagePath.link(from: page, to: PagePath.letter(letter))
        subject = letter.subject
        date = scope.formats.long(letter.date)
        deadline = scope.formats.long(letter.deadline)
        status = scope.label("letter_status", letter.status.rawValue)
        isDraft = letter.status == .draft
    }
}

/// A letter in a list of letters: its summary, with the title of and a link to its activity.
struct LetterItem: TemplateContext {
    var summary: LetterSummary
    var activityTitle: String?
    var activityURL: String?

    static let fields = TemplateFields<Self>(
        [.field("activity_title", \.activityTitle), .field("activity_url", \.activityURL)], parts: [TemplateFields.part(\.summary)])

    init(_ letter: CircularLetter, scope: Scope, page: String) {
        summary = LetterSummary(letter, scope: scope, page: page)
        if let activity = scope.content.activity(letter.activityRef) {
            activityTitle = activity.title
            activityURL = PagePath.link(from: page, to: PagePath.activity(activity))
        }
    }
}
