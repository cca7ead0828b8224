import Foundation

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
        "staff": .list(.object(["unit": .value, "roles": .value, "staff_days": .value])), "staff_days": .value,
        "third_parties": .list(.object(["name": .value, "support": .value])), "has_third_parties": .value,
        "participation": .list(.object(["id": .value, "label": .value])), "participation_text": .value,
        "member_state_support_html": .value, "urgent": .value,
        "action_plan": .list(.value), "action_plan_text": .value,
        "milestones": .list(.object([
            "id": .value, "date": .value, "tentative": .value, "opportunity": .value, "milestone": .value,
        ])),
        "has_milestones": .value, "description_html": .value,
        "letters": .list(letterSchema), "has_letters": .value,
    ])

    /// - Parameters:
    ///   - page: the path of the page that shows it, for relative links.
    static func context(_ activity: Activity, number: Int, content: Content, labels: Labels, page: String) -> [String: Any] {
        let processes = activity.processes.map { id in
            ["id": id, "name": content.site.process(id)?.name ?? id]
        }
        let participation = activity.participation.map {
            ["id": $0.rawValue, "label": labels.label("participation", $0.rawValue)]
        }
        let letters = content.letters(about: activity).map { letterSummary($0, labels: labels, page: page) }
        var context = base(activity, content: content, labels: labels, page: page)
        context["number"] = number
        context["processes"] = processes
        context["processes_text"] = processes.compactMap { $0["name"] }.joined(separator: "; ")
        context["participation"] = participation
        context["participation_text"] = participation.compactMap { $0["label"] }.joined(separator: "; ")
        context["letters"] = letters
        context["has_letters"] = !letters.isEmpty
        if !activity.actionPlan.isEmpty { context["action_plan_text"] = activity.actionPlan.joined(separator: ", ") }
        return context
    }

    private static func base(_ activity: Activity, content: Content, labels: Labels, page: String) -> [String: Any] {
        [
            "id": activity.id, "anchor": PagePath.activityAnchor(activity),
            "url": PagePath.link(from: page, to: PagePath.activity(activity)),
            "title": activity.title,
            "high_level": activity.highLevel,
            "dates": DateText.range(activity.start, activity.end),
            "start": DateText.long(activity.start), "end": DateText.long(activity.end),
            "place": activity.place, "format": labels.label("format", activity.format.rawValue),
            "impact": [
                "rating": activity.impact.rating.rawValue,
                "label": labels.label("impact", activity.impact.rating.rawValue),
                "reasons_html": Fragment.block(activity.impact.reasons),
            ],
            "staff": activity.staff.map { source -> [String: Any] in
                var item: [String: Any] = ["unit": source.unit, "roles": source.roles]
                item["staff_days"] = source.staffDays
                return item
            },
            "staff_days": activity.staffDays,
            "third_parties": activity.thirdParties.map { ["name": $0.name, "support": $0.support] },
            "has_third_parties": !activity.thirdParties.isEmpty,
            "member_state_support_html": Fragment.block(activity.memberStateSupport),
            "urgent": activity.urgent,
            "action_plan": activity.actionPlan,
            "milestones": activity.milestones.map { milestone -> [String: Any] in
                [
                    "id": milestone.id, "date": DateText.milestone(milestone.date), "tentative": milestone.tentative,
                    "opportunity": milestone.opportunity, "milestone": milestone.milestone,
                ]
            },
            "has_milestones": !activity.milestones.isEmpty,
            "description_html": Fragment.block(activity.description, headingOffset: 3),
        ]
    }

    /// A letter as listed beside its activity or in the year's list of letters.
    static func letterSummary(_ letter: CircularLetter, labels: Labels?, page: String) -> [String: Any] {
        let status = { (key: String) in labels?.label("letter_status", key) ?? key.capitalized }
        return [
            "symbol": letter.symbol ?? status("draft"),
            "url": PagePath.link(from: page, to: PagePath.letter(letter)),
            "subject": letter.subject, "date": DateText.long(letter.date), "deadline": DateText.long(letter.deadline),
            "status": status(letter.status.rawValue), "is_draft": letter.status == .draft,
        ]
    }
}
