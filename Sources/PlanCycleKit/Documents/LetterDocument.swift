/// One circular letter: what `letter.md.mustache` is given.
enum LetterDocument {
    static let schema: Schema = .object(Scope.baseSchema.merging([
        "text_lang": .value, "text_dir": .value, "untranslated": .value, "stale_translation": .value,
        "symbol": .value, "is_draft": .value, "status": .value,
        "unit": .value, "place": .value, "date": .value,
        "to": .list(.value), "copy": .list(.value), "has_copy": .value,
        "contact": .object(["name": .value, "title": .value, "telephone": .value, "email": .value]),
        "subject": .value, "deadline": .value,
        "activity": .object([
            "title": .value, "dates": .value, "place": .value, "url": .value, "year": .value, "report_year": .value,
            "plan_symbol": .value, "plan_url": .value, "mandate": .value,
        ]),
        "consultation": .object([
            "form": .value, "label": .value, "is_online": .value, "is_meeting": .value, "is_email": .value,
            "is_questionnaire": .value, "link": .value, "email": .value, "meeting_date": .value, "meeting_place": .value,
        ]),
        "paragraphs": .list(.object(["html": .value])),
        "annexes": .list(.object(["number": .value, "title": .value, "html": .value])),
        "annex_count": .count, "has_annexes": .value,
        "links": .object(["index": .value, "letters": .value, "plan": .value]),
    ]) { $1 })

    static func context(_ letter: CircularLetter, scope: Scope, page: String) -> [String: Any] {
        let content = scope.content
        let formats = scope.formats
        var context = scope.base()
        context.merge(scope.textFields(letter.textLanguage, stale: letter.textIsStale)) { $1 }
        context.merge([
            "is_draft": letter.status == .draft,
            "status": scope.label("letter_status", letter.status.rawValue),
            "unit": content.site.secretariatUnit, "place": content.site.secretariatPlace,
            "date": formats.long(letter.date),
            "to": letter.to, "copy": letter.copy, "has_copy": !letter.copy.isEmpty,
            "contact": contact(letter.contact),
            "subject": letter.subject, "deadline": formats.long(letter.deadline),
            "consultation": consultation(letter.consultation, contact: letter.contact, scope: scope),
            "paragraphs": paragraphs(letter.body).map { ["html": mark($0, letter: letter, scope: scope)] },
            "annexes": letter.annexes.enumerated().map { index, annex -> [String: Any] in
                ["number": index + 1, "title": annex.title, "html": scope.marked(Fragment.block(annex.text, headingOffset: 2), letter.textLanguage)]
            },
            "annex_count": formats.count(letter.annexes.count), "has_annexes": !letter.annexes.isEmpty,
            "links": [
                "index": PagePath.link(from: page, to: PagePath.index),
                "letters": PagePath.link(from: page, to: PagePath.letters(letter.date.year)),
                "plan": PagePath.link(from: page, to: PagePath.plan(letter.date.year)),
            ],
        ] as [String: Any]) { $1 }
        context["symbol"] = letter.symbol
        if let activity = content.activity(letter.activityID, defaultYear: letter.date.year) {
            context["activity"] = activityContext(activity, scope: scope, page: page)
        }
        return context
    }

    private static func contact(_ person: Site.Person) -> [String: Any] {
        var result: [String: Any] = ["name": person.name, "title": person.title]
        result["telephone"] = person.telephone
        result["email"] = person.email
        return result
    }

    private static func consultation(
        _ consultation: CircularLetter.Consultation, contact: Site.Person, scope: Scope
    ) -> [String: Any] {
        var result: [String: Any] = [
            "form": consultation.form.rawValue, "label": scope.label("consultation", consultation.form.rawValue),
            "is_online": consultation.form == .online, "is_meeting": consultation.form == .meeting,
            "is_email": consultation.form == .email, "is_questionnaire": consultation.form == .questionnaire,
        ]
        result["link"] = consultation.link
        result["email"] = consultation.email ?? contact.email
        result["meeting_date"] = consultation.meetingDate.map(scope.formats.long)
        result["meeting_place"] = consultation.meetingPlace
        return result
    }

    private static func activityContext(_ activity: Activity, scope: Scope, page: String) -> [String: Any] {
        let content = scope.content
        var result: [String: Any] = [
            "title": activity.title, "dates": scope.formats.range(activity.start, activity.end), "place": activity.place,
            "url": PagePath.link(from: page, to: PagePath.activity(activity)), "year": activity.year,
            "report_year": activity.year + 1,
            "plan_url": PagePath.link(from: page, to: PagePath.plan(activity.year)),
        ]
        if let year = content.year(activity.year) {
            result["plan_symbol"] = DocumentHeader.symbol(site: content.site, meeting: year.meeting, info: year.plan, letter: scope.language.letter)
            result["mandate"] = year.plan.mandate ?? scope.formats.list(year.plan.references)
        }
        return result
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
