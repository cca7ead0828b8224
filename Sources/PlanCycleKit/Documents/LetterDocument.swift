/// One circular letter.
enum LetterDocument: DocumentKind {
    struct Context: TemplateContext {
        struct Contact: TemplateContext {
            var name: String
            var title: String
            var telephone: String?
            var email: String?
            static let fields = TemplateFields<Self>([
                .field("name", \.name), .field("title", \.title), .field("telephone", \.telephone), .field("email", \.email),
            ])
        }

        struct Activity: TemplateContext {
            var title: String
            var dates: String
            var place: String
            var url: String
            var year: Int
            var reportYear: Int
            var planSymbol: String?
            var planURL: String
            var mandate: String?
            static let fields = TemplateFields<Self>([
                .field("title", \.title), .field("dates", \.dates), .field("place", \.place), .field("url", \.url),
                .field("year", \.year), .field("report_year", \.reportYear), .field("plan_symbol", \.planSymbol),
                .field("plan_url", \.planURL), .field("mandate", \.mandate),
            ])
        }

        struct Consultation: TemplateContext {
            var form: ConsultationForm
            var label: String
            var link: String?
            var email: String?
            var meetingDate: String?
            var meetingPlace: String?
            var formName: String { form.rawValue }
            var isOnline: Bool { form == .online }
            var isMeeting: Bool { form == .meeting }
            var isEmail: Bool { form == .email }
            var isQuestionnaire: Bool { form == .questionnaire }
            static let fields = TemplateFields<Self>([
                .field("form", \.formName), .field("label", \.label), .field("is_online", \.isOnline),
                .field("is_meeting", \.isMeeting), .field("is_email", \.isEmail), .field("is_questionnaire", \.isQuestionnaire),
                .field("link", \.link), .field("email", \.email), .field("meeting_date", \.meetingDate),
                .field("meeting_place", \.meetingPlace),
            ])
        }

        struct Paragraph: TemplateContext {
            var html: String
            static let fields = TemplateFields<Self>([.field("html", \.html)])
        }

        struct Annex: TemplateContext {
            var number: Int
            var title: String
            var html: String
            static let fields = TemplateFields<Self>([.field("number", \.number), .field("title", \.title), .field("html", \.html)])
        }

        struct Links: TemplateContext {
            var index: String
            var letters: String
            var plan: String
            static let fields = TemplateFields<Self>([.field("index", \.index), .field("letters", \.letters), .field("plan", \.plan)])
        }

        var common: CommonFields
        var text: TextFields
        var symbol: String?
        var isDraft: Bool
        var status: String
        var unit: String
        var place: String
        var date: String
        var to: [String]
        var copy: [String]
        var contact: Contact
        var subject: String
        var deadline: String
        var activity: Activity?
        var consultation: Consultation
        var paragraphs: [Paragraph]
        var annexes: [Annex]
        var annexCount: Count
        var links: Links
        var hasCopy: Bool { !copy.isEmpty }
        var hasAnnexes: Bool { !annexes.isEmpty }

        static let fields = TemplateFields<Self>([
            .field("symbol", \.symbol), .field("is_draft", \.isDraft), .field("status", \.status),
            .field("unit", \.unit), .field("place", \.place), .field("date", \.date),
            .field("to", \.to), .field("copy", \.copy), .field("has_copy", \.hasCopy), .field("contact", \.contact),
            .field("subject", \.subject), .field("deadline", \.deadline), .field("activity", \.activity),
            .field("consultation", \.consultation), .field("paragraphs", \.paragraphs),
            .field("annexes", \.annexes), .field("annex_count", \.annexCount), .field("has_annexes", \.hasAnnexes),
            .field("links", \.links),
        ], parts: [TemplateFields.part(\.common), TemplateFields.part(\.text)])
    }

    static let template = "letter"
    static let name = "letter"

    static func subjects(in unit: SiteUnit, scope: Scope) -> [CircularLetter] { unit.year?.letters ?? [] }
    static func path(of letter: CircularLetter) -> String { PagePath.letter(letter) }
    static let makesWordFile = true
    static func wordDate(of letter: CircularLetter) -> Day? { letter.date }
    static func wordSymbol(of letter: CircularLetter, context: Context) -> String? { context.symbol }
    static func title(of letter: CircularLetter, scope: Scope) -> String { (letter.symbol.map { $0 + ": " } ?? "") + letter.subject }

    static func crumbs(of letter: CircularLetter, scope: Scope) -> [Page.Crumb] {
        [.home(scope), .year(letter.date.year), .letters(letter.date.year, scope: scope)]
    }

    static func context(of letter: CircularLetter, scope: Scope) -> Context {
        let content = scope.content
        let formats = scope.formats
        let page = path(of: letter)
        return Context(
            common: scope.common, text: scope.text(letter.textLanguage, stale: letter.textIsStale),
            symbol: letter.symbol, isDraft: letter.status == .draft, status: scope.label("letter_status", letter.status.rawValue),
            unit: content.site.secretariatUnit, place: content.site.secretariatPlace, date: formats.long(letter.date),
            to: letter.to, copy: letter.copy,
            contact: Context.Contact(
                name: letter.contact.name, title: letter.contact.title, telephone: letter.contact.telephone, email: letter.contact.email),
            subject: letter.subject, deadline: formats.long(letter.deadline),
            activity: content.activity(letter.activityRef).map { activity($0, scope: scope, page: page) },
            consultation: consultation(letter.consultation, contact: letter.contact, scope: scope),
            paragraphs: paragraphs(letter.body).map { Context.Paragraph(html: mark($0, letter: letter, scope: scope)) },
            annexes: letter.annexes.enumerated().map { index, annex in
                Context.Annex(
                    number: index + 1, title: annex.title,
                    html: scope.marked(Fragment.block(annex.text, headingOffset: 2), letter.textLanguage))
            },
            annexCount: formats.count(letter.annexes.count),
            links: Context.Links(
                index: PagePath.link(from: page, to: PagePath.index),
                letters: PagePath.link(from: page, to: PagePath.letters(letter.date.year)),
                plan: PagePath.link(from: page, to: PagePath.plan(letter.date.year))))
    }

    private static func consultation(
        _ consultation: CircularLetter.Consultation, contact: Site.Person, scope: Scope
    ) -> Context.Consultation {
        Context.Consultation(
            form: consultation.form, label: scope.label("consultation", consultation.form.rawValue), link: consultation.link,
            email: consultation.email ?? contact.email, meetingDate: consultation.meetingDate.map(scope.formats.long),
            meetingPlace: consultation.meetingPlace)
    }

    private static func activity(_ activity: Activity, scope: Scope, page: String) -> Context.Activity {
        let content = scope.content
        let year = content.year(activity.year)
        return Context.Activity(
            title: activity.title, dates: scope.formats.range(activity.start, activity.end), place: activity.place,
            url: PagePath.link(from: page, to: PagePath.activity(activity)), year: activity.year, reportYear: activity.year + 1,
            planSymbol: year.map {
                DocumentHeader.symbol(site: content.site, meeting: $0.meeting, info: $0.plan, letter: scope.language.letter)
            },
            planURL: PagePath.link(from: page, to: PagePath.plan(activity.year)),
            mandate: year.map { $0.plan.mandate ?? scope.formats.list($0.plan.references) })
    }

    /// A numbered paragraph marked with the letter's language when it is not the page's: its
    /// inline lead in a span, the blocks that follow it in a div.
    private static func mark(_ item: String, letter: CircularLetter, scope: Scope) -> String {
        let parts = item.components(separatedBy: "\n\n   ")
        guard parts.count == 2 else { return scope.markedInline(item, letter.textLanguage) }
        return scope.markedInline(parts[0], letter.textLanguage) + "\n\n   " + scope.marked(parts[1], letter.textLanguage)
    }

    /// The letter's own paragraphs, each ready to follow `1. ` in the template's numbered list:
    /// a paragraph's text inline, then any lists or quotes that belong to it, indented under it.
    static func paragraphs(_ body: String) -> [String] {
        var groups: [[Markdown.Block]] = []
        for block in Markdown.safeBlocks(body) {
            if block.isParagraph || groups.isEmpty {
                groups.append([block])
            } else {
                groups[groups.count - 1].append(block)
            }
        }
        return groups.map { group in
            guard let first = group.first else { return "" }
            let rest = group.dropFirst().map { Fragment.oneLine($0.html) }.joined()
            guard first.isParagraph, let inline = Fragment.unwrapParagraph(first.html) else {
                return Fragment.oneLine(group.map(\.html).joined())
            }
            let lead = Fragment.oneLine(inline)
            return rest.isEmpty ? lead : lead + "\n\n   " + rest
        }
    }
}
