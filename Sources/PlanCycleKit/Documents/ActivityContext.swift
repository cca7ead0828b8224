/// An activity as the plan's template sees it.
enum ActivityContext {
    static let letterSchema: Schema = .object([
        "symbol": .value, "url": .value, "subject": .value, "date": .value, "deadline": .value,
        "status": .value, "is_draft": .value,
    ])

    static let schema: Schema = .object([
        "id": .value, "number": .value, "anchor": .value, "url": .value, "title": .value,
        "processes": .list(.object(["id": .value, "name": .value])), "processes_text": .value,
        "high_level": .value, "dates": .value, "start": .value, "end": .value, "place": .value, "format": .value,
        "impact": .object(["rating": .value, "label": .value, "reasons_html": .value]),
        "staff": .list(.object(["unit": .value, "roles": .value, "staff_days": .value])), "staff_days": .count,
        "third_parties": .list(.object(["name": .value, "support": .value])), "has_third_parties": .value,
        "participation": .list(.object(["id": .value, "label": .value])), "participation_text": .value,
        "member_state_support_html": .value, "urgent": .value,
        "action_plan": .list(.value), "action_plan_text": .value,
        "milestones": .list(.object([
            "id": .value, "date": .value, "tentative": .value, "opportunity": .value, "milestone": .value,
        ])),
        "has_milestones": .value, "description_html": .value,
        "letters": .list(letterSchema), "has_letters": .value, "letter_to_follow": .value,
        "text_lang": .value, "text_dir": .value, "untranslated": .value, "stale_translation": .value,
    ])

    /// - Parameters:
    ///   - page: the path of the page that shows it, for relative links.
    static func context(_ activity: Activity, number: Int, scope: Scope, page: String) -> [String: Any] {
        let site = scope.content.site
        let processes = activity.processes.map { id in ["id": id, "name": site.process(id)?.name ?? id] }
        let participation = activity.participation.map { ["id": $0.rawValue, "label": scope.label("participation", $0.rawValue)] }
        let letters = scope.content.letters(about: activity).map { letterSummary($0, scope: scope, page: page) }
        var context = base(activity, scope: scope, page: page)
        context["number"] = number
        context["processes"] = processes
        context["processes_text"] = scope.formats.list(processes.compactMap { $0["name"] })
        context["participation"] = participation
        context["participation_text"] = scope.formats.phrase(participation.compactMap { $0["label"] })
        context["letters"] = letters
        context["has_letters"] = !letters.isEmpty
        context["letter_to_follow"] = activity.urgent && letters.isEmpty
        if !activity.actionPlan.isEmpty { context["action_plan_text"] = activity.actionPlan.joined(separator: ", ") }
        context.merge(scope.textFields(activity.textLanguage, stale: activity.textIsStale)) { $1 }
        return context
    }

    private static func base(_ activity: Activity, scope: Scope, page: String) -> [String: Any] {
        let formats = scope.formats
        let staff = activity.staff.map { source -> [String: Any] in
            var item: [String: Any] = ["unit": source.unit, "roles": source.roles]
            item["staff_days"] = source.staffDays.map(formats.number)
            return item
        }
        let milestones = activity.milestones.map { milestone -> [String: Any] in
            [
                "id": milestone.id, "date": formats.milestone(milestone.date), "tentative": milestone.tentative,
                "opportunity": milestone.opportunity, "milestone": milestone.milestone,
            ]
        }
        return [
            "id": activity.id, "anchor": PagePath.activityAnchor(activity),
            "url": PagePath.link(from: page, to: PagePath.activity(activity)),
            "title": activity.title, "high_level": activity.highLevel,
            "dates": formats.range(activity.start, activity.end),
            "start": formats.long(activity.start), "end": formats.long(activity.end),
            "place": activity.place, "format": scope.label("format", activity.format.rawValue),
            "impact": [
                "rating": activity.impact.rating.rawValue,
                "label": scope.label("impact", activity.impact.rating.rawValue),
                "reasons_html": scope.marked(Fragment.block(activity.impact.reasons), activity.textLanguage),
            ],
            "staff": staff, "staff_days": formats.count(activity.staffDays),
            "third_parties": activity.thirdParties.map { ["name": $0.name, "support": $0.support] },
            "has_third_parties": !activity.thirdParties.isEmpty,
            "member_state_support_html": scope.marked(Fragment.block(activity.memberStateSupport), activity.textLanguage),
            "urgent": activity.urgent, "action_plan": activity.actionPlan,
            "milestones": milestones, "has_milestones": !activity.milestones.isEmpty,
            "description_html": scope.marked(Fragment.block(activity.description, headingOffset: 3), activity.textLanguage),
        ]
    }

    /// A letter as listed beside its activity or in the year's list of letters.
    static func letterSummary(_ letter: CircularLetter, scope: Scope, page: String) -> [String: Any] {
        [
            "symbol": letter.symbol ?? scope.label("letter_status", "draft"),
            "url": PagePath.link(from: page, to: PagePath.letter(letter)),
            "subject": letter.subject, "date": scope.formats.long(letter.date), "deadline": scope.formats.long(letter.deadline),
            "status": scope.label("letter_status", letter.status.rawValue), "is_draft": letter.status == .draft,
        ]
    }
}
