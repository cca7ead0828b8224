/// The summary report on one year: what `report.md.mustache` is given.
enum ReportDocument {
    static let schema: Schema = .object(Scope.baseSchema.merging([
        "introduction_untranslated": .value, "introduction_stale": .value,
        "year": .value, "next_year": .value, "is_draft": .value,
        "document": DocumentHeader.schema,
        "introduction_html": .value,
        "rows": .list(.object([
            "title": .value, "url": .value, "planned_forms": .value, "delivered_forms": .value,
            "planned_staff_days": .value, "used_staff_days": .value, "status": .value, "status_id": .value,
            "unplanned": .value, "no_record": .value,
        ])),
        "totals": .object([
            "planned": .count, "held": .count, "held_with_changes": .count, "postponed": .count, "cancelled": .count,
            "not_reported": .count, "unplanned": .count, "planned_staff_days": .value, "used_staff_days": .count,
        ]),
        "forms": .list(.object(["label": .value, "planned": .value, "delivered": .value])),
        "processes": .list(.object(["name": .value, "planned": .value, "held": .value])),
        "engagement": .object([
            "contributors": .count, "member_states": .value, "share": .value, "replies": .count,
            "letters": .count, "response_rate": .value,
        ]),
        "has_letters": .value,
        "letters": .list(.object([
            "symbol": .value, "url": .value, "subject": .value, "date": .value, "deadline": .value,
            "replies": .value, "rate": .value,
        ])),
        "chart_id": .value, "chart_svg": .value,
        "regions": .list(.object(["name": .value, "contributed": .value, "members": .value, "share": .value])),
        "has_previous": .value,
        "previous": .object([
            "year": .value, "contributors": .count, "contributors_change": .value,
            "response_rate": .value, "response_rate_change": .value,
        ]),
        "results": .list(.object(["activity": .value, "title": .value, "url": .value, "kind": .value])),
        "has_results": .value,
        "changes": .list(.object(["title": .value, "status": .value, "notes_html": .value])), "has_changes": .value,
        "unplanned": .list(.object(["title": .value, "dates": .value, "place": .value, "status": .value, "notes_html": .value])),
        "has_unplanned": .value,
        "carry_over": .list(.object(["title": .value, "status": .value])), "has_carry_over": .value,
        "advice": .list(.object(["from": .value, "date": .value, "text": .value])), "has_advice": .value,
        "links": .object(["index": .value, "plan": .value]),
    ]) { $1 })

    static func context(_ year: Year, report: Report, scope: Scope) -> [String: Any] {
        let page = PagePath.report(year.year)
        let content = scope.content
        let formats = scope.formats
        let labels = scope.labels
        let figures = ReportFigures(year: year, content: content)
        var context = scope.base()
        context.merge(scope.introductionFields(report.textLanguage, stale: report.textIsStale)) { $1 }
        context.merge([
            "year": year.year, "next_year": year.year + 1, "is_draft": report.status == .draft,
            "introduction_html": scope.marked(Fragment.block(report.introduction, headingOffset: 2), report.textLanguage),
            "rows": rows(figures, year: year, scope: scope, page: page),
            "totals": totals(figures, formats: formats),
            "forms": figures.forms.map { ["label": labels.label("participation", $0.form.rawValue), "planned": $0.planned, "delivered": $0.delivered] },
            "processes": figures.processes.map { ["name": content.site.process($0.process)?.name ?? $0.process, "planned": $0.planned, "held": $0.held] },
            "engagement": [
                "contributors": formats.count(figures.contributors.count), "member_states": formats.number(figures.memberStateCount),
                "share": formats.percent(figures.contributorShare), "replies": formats.count(figures.totalReplies),
                "letters": formats.count(figures.letters.count), "response_rate": formats.percent(figures.responseRate),
            ],
            "has_letters": !figures.letters.isEmpty,
            "letters": figures.letters.map { item -> [String: Any] in
                [
                    "symbol": item.letter.symbol ?? item.letter.name,
                    "url": PagePath.link(from: page, to: PagePath.letter(item.letter)),
                    "subject": item.letter.subject, "date": formats.long(item.letter.date),
                    "deadline": formats.long(item.letter.deadline), "replies": item.replies,
                    "rate": formats.percent(Ratio(item.replies, figures.memberStateCount)),
                ]
            },
            "chart_id": "chart-replies-\(year.year)",
            "chart_svg": BarChart(id: "chart-replies-\(year.year)", bars: chartBars(figures)).svg,
            "regions": figures.regions.map {
                ["name": labels.label("region", $0.region), "contributed": $0.contributed, "members": $0.members,
                 "share": formats.percent(Ratio($0.contributed, $0.members))]
            },
            "links": [
                "index": PagePath.link(from: page, to: PagePath.index),
                "plan": PagePath.link(from: page, to: PagePath.plan(year.year)),
            ],
        ] as [String: Any]) { $1 }
        if let next = content.year(year.year + 1) {
            context["document"] = DocumentHeader.context(meeting: next.meeting, info: report.info, scope: scope)
        }
        if let previousYear = content.year(year.year - 1), !previousYear.outcomes.isEmpty {
            let previous = ReportFigures(year: previousYear, content: content)
            context["has_previous"] = true
            context["previous"] = [
                "year": previousYear.year, "contributors": formats.count(previous.contributors.count),
                "contributors_change": signed(figures.contributors.count - previous.contributors.count),
                "response_rate": formats.percent(previous.responseRate),
                "response_rate_change": pointsChange(from: previous.responseRate, to: figures.responseRate),
            ]
        }
        let results = outcomeResults(year, labels: labels)
        context["results"] = results
        context["has_results"] = !results.isEmpty
        let notes = notesSections(year, labels: labels, formats: formats)
        for (key, items) in notes {
            context[key] = items
            context["has_" + key] = !items.isEmpty
        }
        let carry = figures.rows.filter(\.carryOver).map { row -> [String: Any] in
            ["title": row.title, "status": row.status.map { labels.label("outcome_status", $0.rawValue) } ?? ""]
        }
        context["carry_over"] = carry
        context["has_carry_over"] = !carry.isEmpty
        let advice = report.advice.map { item -> [String: Any] in
            var entry: [String: Any] = ["text": item.text]
            let names = item.from.map { code in content.memberStates.first { $0.code == code }?.name ?? code }
            entry["from"] = names.isEmpty ? nil : formats.list(names)
            entry["date"] = item.date.map(formats.long)
            return entry
        }
        context["advice"] = advice
        context["has_advice"] = !advice.isEmpty
        return context
    }

    static func chartBars(_ figures: ReportFigures) -> [BarChart.Bar] {
        figures.letters.map { BarChart.Bar(label: $0.letter.symbol ?? $0.letter.name, value: $0.replies) }
    }

    private static func rows(_ figures: ReportFigures, year: Year, scope: Scope, page: String) -> [[String: Any]] {
        let labels = scope.labels
        let forms = { (list: [ParticipationForm]) in scope.formats.phrase(list.map { labels.label("participation", $0.rawValue) }) }
        return figures.rows.map { row in
            var item: [String: Any] = [
                "title": row.title, "planned_forms": row.unplanned ? "–" : forms(row.plannedForms),
                "delivered_forms": row.status?.tookPlace == true ? forms(row.deliveredForms) : "–",
                "unplanned": row.unplanned, "no_record": row.status == nil,
                "status": row.status.map { labels.label("outcome_status", $0.rawValue) } ?? labels.label("outcome_status", "none"),
                "status_id": row.status?.rawValue ?? "none",
            ]
            item["planned_staff_days"] = row.plannedStaffDays.map(scope.formats.number)
            item["used_staff_days"] = row.usedStaffDays.map(scope.formats.number)
            if let activity = year.activities.first(where: { $0.id == row.id }), !row.unplanned {
                item["url"] = PagePath.link(from: page, to: PagePath.activity(activity))
            }
            return item
        }
    }

    private static func totals(_ figures: ReportFigures, formats: Formats) -> [String: Any] {
        let planned = figures.rows.filter { !$0.unplanned }
        func count(_ status: Outcome.Status?) -> Count { formats.count(planned.filter { $0.status == status }.count) }
        return [
            "planned": formats.count(planned.count), "held": count(.held), "held_with_changes": count(.heldWithChanges),
            "postponed": count(.postponed), "cancelled": count(.cancelled), "not_reported": count(nil),
            "unplanned": formats.count(figures.rows.filter(\.unplanned).count),
            "planned_staff_days": formats.number(planned.compactMap(\.plannedStaffDays).reduce(0, +)),
            "used_staff_days": formats.count(figures.rows.compactMap(\.usedStaffDays).reduce(0, +)),
        ]
    }

    private static func outcomeResults(_ year: Year, labels: Labels) -> [[String: Any]] {
        year.outcomes.flatMap { outcome in
            let title = outcome.unplanned?.title ?? year.activities.first { $0.id == outcome.id }?.title ?? outcome.id
            return outcome.results.map { result -> [String: Any] in
                var item: [String: Any] = ["activity": title, "title": result.title, "kind": labels.label("result_kind", result.kind.rawValue)]
                item["url"] = result.url
                return item
            }
        }
    }

    /// Notes of activities held with changes, postponed or cancelled, and of unplanned activities.
    private static func notesSections(_ year: Year, labels: Labels, formats: Formats) -> [String: [[String: Any]]] {
        var changes: [[String: Any]] = []
        var unplanned: [[String: Any]] = []
        for outcome in year.outcomes {
            let status = labels.label("outcome_status", outcome.status.rawValue)
            if let plan = outcome.unplanned {
                unplanned.append([
                    "title": plan.title, "dates": formats.range(plan.start, plan.end), "place": plan.place,
                    "status": status, "notes_html": Fragment.block(outcome.notes, headingOffset: 3),
                ])
            } else if outcome.status != .held, let activity = year.activities.first(where: { $0.id == outcome.id }) {
                changes.append(["title": activity.title, "status": status, "notes_html": Fragment.block(outcome.notes, headingOffset: 3)])
            }
        }
        return ["changes": changes, "unplanned": unplanned]
    }

    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : n < 0 ? "−\(-n)" : "±0" }

    /// The change between two rates in percentage points: "+2.1".
    static func pointsChange(from old: Ratio, to new: Ratio) -> String {
        let tenths = new.permille - old.permille
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
