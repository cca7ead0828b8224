/// Reads and checks one `content/<YYYY>/activities/<id>.md`.
enum ActivityReader {
    static let keys = [
        "title", "processes", "high_level", "start", "end", "place", "format", "impact", "resources",
        "participation", "member_state_support", "urgent", "action_plan", "milestones",
    ]

    static func read(_ file: FrontMatterFile, id: String, year: Int, site: Site?, diagnostics: Diagnostics) -> Activity? {
        let origin = YAMLOrigin(path: file.path, lineOffset: file.yamlLineOffset)
        guard file.yaml != nil || !diagnostics.hasErrors(in: file.path),
            let root = Fields(file.yaml, origin: origin, diagnostics: diagnostics, name: "the activity", keys: keys)
        else { return nil }

        let title = root.string("title", required: true, example: "WSIS Forum 2026")
        let processes = root.processIDs(site: site)
        let (start, end) = root.dateRange(of: "activity")
        if let start, let end, start.year != year, end.year != year {
            diagnostics.warning(root.location(of: "start"), "this activity of the \(year) plan takes place in \(start.year).",
                                hint: "move the file to \(ContentFolder.sibling(of: file.path, "\(start.year)/activities"))/ if it belongs to that year's plan.")
        }
        let place = root.string("place", required: true, example: "Geneva, Switzerland")
        let format: EventFormat? = root.choice("format", required: true)
        let impact = readImpact(root.fields("impact", keys: ["rating", "reasons"], required: true))
        let resources = root.fields("resources", keys: ["itu", "third_party"], required: true)
        let staff = resources.map(readStaff) ?? []
        let thirdParties = resources.map(readThirdParties) ?? []
        let participation: [ParticipationForm] = root.choices("participation", required: true)
        let support = root.string("member_state_support", required: true, example: "What Member States are expected to do")
        let milestones = readMilestones(root)
        let highLevel = root.bool("high_level")
        let urgent = root.bool("urgent")
        let actionPlan = root.strings("action_plan")

        // Every field is read above, before any is required: one missing field hides no other.
        guard let title, let start, let end, let place, let format, let impact, let support, resources != nil,
            !participation.isEmpty
        else { return nil }
        return Activity(
            id: id, path: file.path, year: year, title: title, processes: processes,
            highLevel: highLevel, start: start, end: end, place: place, format: format,
            impact: impact, staff: staff, thirdParties: thirdParties, participation: unique(participation),
            memberStateSupport: support, urgent: urgent, urgentLocation: root.location(of: "urgent"), actionPlan: actionPlan,
            milestones: milestones, description: file.body)
    }

    private static func readImpact(_ fields: Fields?) -> Activity.Impact? {
        guard let fields else { return nil }
        let rating: ImpactRating? = fields.choice("rating", required: true)
        let reasons = fields.string("reasons", required: true, example: "Why the activity matters")
        guard let rating, let reasons else { return nil }
        return Activity.Impact(rating: rating, reasons: reasons)
    }

    private static func readStaff(_ resources: Fields) -> [Activity.StaffSource] {
        resources.fieldsList("itu", keys: ["unit", "roles", "staff_days"], itemName: "a source of ITU staff", required: true)
            .compactMap { item in
                let unit = item.string("unit", required: true, example: "General Secretariat (SG)")
                let roles = item.string("roles", required: true, example: "Programme, logistics")
                let days = item.int("staff_days", in: 0...100_000)
                guard let unit, let roles else { return nil }
                return Activity.StaffSource(unit: unit, roles: roles, staffDays: days)
            }
    }

    private static func readThirdParties(_ resources: Fields) -> [Activity.ThirdParty] {
        resources.fieldsList("third_party", keys: ["name", "support"], itemName: "a third party").compactMap { item in
            let name = item.string("name", required: true, example: "UNESCO")
            let support = item.string("support", required: true, example: "What knowledge support it gives")
            guard let name, let support else { return nil }
            return Activity.ThirdParty(name: name, support: support)
        }
    }

    private static func readMilestones(_ root: Fields) -> [Activity.Milestone] {
        var seen: [String: Int] = [:]
        let keys = ["id", "date", "tentative", "opportunity", "milestone"]
        return root.fieldsList("milestones", keys: keys, itemName: "a milestone").compactMap { item in
            let id = item.string("id", required: true, example: "TL01")
            let dateText = item.string("date", required: true, example: "2026-03")
            let opportunity = item.string("opportunity", required: true, example: "TSAG meeting")
            let milestone = item.string("milestone", required: true, example: "What is achieved")
            var date: MilestoneDate?
            if let dateText {
                date = MilestoneDate(dateText)
                if date == nil {
                    item.diagnostics.error(item.location(of: "date"), Day.problem(with: dateText, field: "date"),
                                           hint: "write YYYY-MM-DD, or YYYY-MM when only the month is known.")
                }
            }
            if let id {
                if let line = seen[id] {
                    item.diagnostics.error(item.location(of: "id"), "the milestone id `\(id)` is used twice (first at line \(line)).",
                                           hint: "number milestones TL01, TL02, ... without repeats.")
                }
                seen[id] = item.location(of: "id").line
            }
            guard let id, let date, let opportunity, let milestone else { return nil }
            return Activity.Milestone(id: id, date: date, tentative: item.bool("tentative"),
                                      opportunity: opportunity, milestone: milestone)
        }
    }

    private static func unique<T: Equatable>(_ items: [T]) -> [T] {
        items.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
