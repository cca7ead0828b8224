// The parts of the report's context, each as its template names them.
extension ReportDocument {
    /// One activity's line of the planned-against-delivered table.
    struct Row: TemplateContext {
        var title: String
        var url: String?
        var plannedForms: String
        var deliveredForms: String
        var plannedStaffDays: String?
        var usedStaffDays: String?
        var status: String
        var statusID: String
        var unplanned: Bool
        var noRecord: Bool

        static let fields = TemplateFields<Self>([
            .field("title", \.title), .field("url", \.url), .field("planned_forms", \.plannedForms),
            .field("delivered_forms", \.deliveredForms), .field("planned_staff_days", \.plannedStaffDays),
            .field("used_staff_days", \.usedStaffDays), .field("status", \.status), .field("status_id", \.statusID),
            .field("unplanned", \.unplanned), .field("no_record", \.noRecord),
        ])
    }

    struct Totals: TemplateContext {
        var planned: Count
        var held: Count
        var heldWithChanges: Count
        var postponed: Count
        var cancelled: Count
        var notReported: Count
        var unplanned: Count
        var plannedStaffDays: String
        var usedStaffDays: Count

        static let fields = TemplateFields<Self>([
            .field("planned", \.planned), .field("held", \.held), .field("held_with_changes", \.heldWithChanges),
            .field("postponed", \.postponed), .field("cancelled", \.cancelled), .field("not_reported", \.notReported),
            .field("unplanned", \.unplanned), .field("planned_staff_days", \.plannedStaffDays),
            .field("used_staff_days", \.usedStaffDays),
        ])

        init(_ figures: ReportFigures, formats: Formats) {
            let planned = figures.rows.filter { !$0.unplanned }
            func count(_ status: Outcome.Status?) -> Count { formats.count(planned.filter { $0.status == status }.count) }
            self.planned = formats.count(planned.count)
            held = count(.held)
            heldWithChanges = count(.heldWithChanges)
            postponed = count(.postponed)
            cancelled = count(.cancelled)
            notReported = count(nil)
            unplanned = formats.count(figures.rows.filter(\.unplanned).count)
            plannedStaffDays = formats.number(planned.compactMap(\.plannedStaffDays).reduce(0, +))
            usedStaffDays = formats.count(figures.rows.compactMap(\.usedStaffDays).reduce(0, +))
        }
    }

    struct Form: TemplateContext {
        var label: String
        var planned: Int
        var delivered: Int
        static let fields = TemplateFields<Self>([.field("label", \.label), .field("planned", \.planned), .field("delivered", \.delivered)])
    }

    struct ProcessFigures: TemplateContext {
        var name: String
        var planned: Int
        var held: Int
        static let fields = TemplateFields<Self>([.field("name", \.name), .field("planned", \.planned), .field("held", \.held)])
    }

    /// How Member States took part: contributors, replies, the response rate.
    struct Engagement: TemplateContext {
        var contributors: Count
        var memberStates: String
        var share: String
        var replies: Count
        var letters: Count
        var responseRate: String

        static let fields = TemplateFields<Self>([
            .field("contributors", \.contributors), .field("member_states", \.memberStates), .field("share", \.share),
            .field("replies", \.replies), .field("letters", \.letters), .field("response_rate", \.responseRate),
        ])

        init(_ figures: ReportFigures, formats: Formats) {
            contributors = formats.count(figures.contributors.count)
            memberStates = formats.number(figures.memberStateCount)
            share = formats.percent(figures.contributorShare)
            replies = formats.count(figures.totalReplies)
            letters = formats.count(figures.letters.count)
            responseRate = formats.percent(figures.responseRate)
        }
    }

    /// The replies to one letter.
    struct LetterFigures: TemplateContext {
        var symbol: String
        var url: String
        var subject: String
        var date: String
        var deadline: String
        var replies: Int
        var rate: String

        static let fields = TemplateFields<Self>([
            .field("symbol", \.symbol), .field("url", \.url), .field("subject", \.subject), .field("date", \.date),
            .field("deadline", \.deadline), .field("replies", \.replies), .field("rate", \.rate),
        ])

        init(_ item: ReportFigures.LetterReplies, figures: ReportFigures, formats: Formats, page: String) {
            symbol = item.letter.symbol ?? item.letter.name
            url = PagePath.link(from: page, to: PagePath.letter(item.letter))
            subject = item.letter.subject
            date = formats.long(item.letter.date)
            deadline = formats.long(item.letter.deadline)
            replies = item.replies
            rate = formats.percent(Ratio(item.replies, figures.memberStateCount))
        }
    }

    struct Region: TemplateContext {
        var name: String
        var contributed: Int
        var members: Int
        var share: String
        static let fields = TemplateFields<Self>([
            .field("name", \.name), .field("contributed", \.contributed), .field("members", \.members), .field("share", \.share),
        ])
    }

    /// The year before, for comparison: only when it has outcome records.
    struct Previous: TemplateContext {
        var year: Int
        var contributors: Count
        var contributorsChange: String
        var responseRate: String
        var responseRateChange: String

        static let fields = TemplateFields<Self>([
            .field("year", \.year), .field("contributors", \.contributors), .field("contributors_change", \.contributorsChange),
            .field("response_rate", \.responseRate), .field("response_rate_change", \.responseRateChange),
        ])

        init?(_ year: Year, current: ReportFigures, content: Content, formats: Formats) {
            guard !year.outcomes.isEmpty else { return nil }
            let previous = ReportFigures(year: year, content: content)
            self.year = year.year
            contributors = formats.count(previous.contributors.count)
            contributorsChange = ReportDocument.signed(current.contributors.count - previous.contributors.count)
            responseRate = formats.percent(previous.responseRate)
            responseRateChange = ReportDocument.pointsChange(from: previous.responseRate, to: current.responseRate)
        }
    }

    /// A result an activity produced (an outcome document, a statement).
    struct Result: TemplateContext {
        var activity: String
        var title: String
        var url: String?
        var kind: String
        static let fields = TemplateFields<Self>([
            .field("activity", \.activity), .field("title", \.title), .field("url", \.url), .field("kind", \.kind),
        ])
    }

    /// A planned activity held with changes, postponed or cancelled, with its notes.
    struct Change: TemplateContext {
        var title: String
        var status: String
        var notesHTML: String
        static let fields = TemplateFields<Self>([.field("title", \.title), .field("status", \.status), .field("notes_html", \.notesHTML)])
    }

    /// An activity the plan did not have.
    struct Unplanned: TemplateContext {
        var title: String
        var dates: String
        var place: String
        var status: String
        var notesHTML: String
        static let fields = TemplateFields<Self>([
            .field("title", \.title), .field("dates", \.dates), .field("place", \.place), .field("status", \.status),
            .field("notes_html", \.notesHTML),
        ])
    }

    struct CarryOver: TemplateContext {
        var title: String
        var status: String
        static let fields = TemplateFields<Self>([.field("title", \.title), .field("status", \.status)])
    }

    /// Advice Member States gave on the year's participation.
    struct Advice: TemplateContext {
        var from: String?
        var date: String?
        var text: String
        static let fields = TemplateFields<Self>([.field("from", \.from), .field("date", \.date), .field("text", \.text)])

        init(_ item: Report.Advice, content: Content, formats: Formats) {
            let names = item.from.map { code in content.memberStates.first { $0.code == code }?.name ?? code }
            from = names.isEmpty ? nil : formats.list(names)
            date = item.date.map(formats.long)
            text = item.text
        }
    }

    struct Links: TemplateContext {
        var index: String
        var plan: String
        static let fields = TemplateFields<Self>([.field("index", \.index), .field("plan", \.plan)])
    }

    /// The notes of the year's outcomes: changes to planned activities, and unplanned activities.
    struct Notes {
        var changes: [Change] = []
        var unplanned: [Unplanned] = []

        init(_ year: Year, labels: Labels, formats: Formats) {
            for outcome in year.outcomes {
                let status = labels.label("outcome_status", outcome.status.rawValue)
                // Notes are rendered only for the outcomes that show them.
                let notes = { Fragment.block(outcome.notes, headingOffset: 3) }
                if let plan = outcome.unplanned {
                    unplanned.append(Unplanned(
                        title: plan.title, dates: formats.range(plan.start, plan.end), place: plan.place, status: status, notesHTML: notes()))
                } else if outcome.status != .held, let activity = year.activities.first(where: { $0.id == outcome.id }) {
                    changes.append(Change(title: activity.title, status: status, notesHTML: notes()))
                }
            }
        }
    }
}
