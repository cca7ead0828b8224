/// Reads and checks one `content/<YYYY>/outcomes/<id>.md`.
enum OutcomeReader {
    static let keys = [
        "status", "participation", "represented_by", "staff_days", "third_party", "results", "replies", "carry_over",
        "unplanned", "title", "processes", "start", "end", "place",
    ]
    static let unplannedKeys = ["title", "processes", "start", "end", "place"]

    static func read(
        _ file: FrontMatterFile, id: String, year: Int, site: Site?, memberStates: [MemberState], diagnostics: Diagnostics
    ) -> Outcome? {
        let origin = YAMLOrigin(path: file.path, lineOffset: file.yamlLineOffset)
        guard file.yaml != nil || !diagnostics.hasErrors(in: file.path),
            let root = Fields(file.yaml, origin: origin, diagnostics: diagnostics, name: "the outcome record", keys: keys)
        else { return nil }
        let status: Outcome.Status? = root.choice("status", required: true)
        let participation: [ParticipationForm] = root.choices("participation")
        if let status, status.tookPlace, participation.isEmpty {
            root.missing("participation", example: "[attend]")
        }
        let thirdParties = root.fieldsList("third_party", keys: ["name", "support"], itemName: "a third party").compactMap { item in
            let name = item.string("name", required: true, example: "UNESCO")
            let support = item.string("support", required: true, example: "What it gave")
            return name.flatMap { name in support.map { Activity.ThirdParty(name: name, support: $0) } }
        }
        let results = root.fieldsList("results", keys: ["title", "url", "kind"], itemName: "a result").compactMap { item -> Outcome.Result? in
            let title = item.string("title", required: true, example: "Outcome statement")
            var url = item.string("url")
            if let value = url, !LinkChecks.checkURL(value, at: item.location(of: "url"), diagnostics: diagnostics) { url = nil }
            let kind: Outcome.ResultKind? = item.choice("kind", required: true)
            guard let title, let kind else { return nil }
            return Outcome.Result(title: title, url: url, kind: kind)
        }
        let replies = readReplies(root, memberStates: memberStates)
        let unplanned = root.bool("unplanned") ? readUnplanned(root, site: site) : nil
        if !root.bool("unplanned") {
            for key in unplannedKeys where root.has(key) {
                diagnostics.error(root.location(of: key), "`\(key)` is only for an activity that was not in the plan.",
                                  hint: "the plan's activity gives it; add `unplanned: true` if this activity was not planned.")
            }
        }
        let representedBy = root.strings("represented_by")
        let staffDays = root.int("staff_days", in: 0...100_000)
        let carryOver = root.bool("carry_over")
        // Every field is read above, before any is required: one missing field hides no other.
        guard let status else { return nil }
        if root.bool("unplanned"), unplanned == nil { return nil }
        return Outcome(
            id: id, path: file.path, year: year, status: status, participation: participation,
            representedBy: representedBy, staffDays: staffDays,
            thirdParties: thirdParties, results: results, replies: replies, carryOver: carryOver,
            unplanned: unplanned, notes: file.body, location: root.location)
    }

    private static func readReplies(_ root: Fields, memberStates: [MemberState]) -> [Outcome.Reply] {
        let codes = memberStates.map(\.code)
        let known = Set(codes)
        return root.fieldsList("replies", keys: ["letter", "channel", "member_states"], itemName: "a reply").compactMap { item in
            let letter = item.string("letter", required: true, example: "wsis20-review-views")
            let channel: ConsultationForm? = item.choice("channel", required: true)
            var states: [String] = []
            for node in item.list("member_states", required: true, example: "[ARG, BRA]") {
                let location = item.origin.location(of: node)
                guard let code = node.scalar?.string else {
                    item.diagnostics.error(location, "each Member State should be written as its three-letter code.")
                    continue
                }
                if !known.isEmpty, !known.contains(code) {
                    var hint = ""
                    if let match = Suggestion.closest(to: code, in: codes), let state = memberStates.first(where: { $0.code == match }) {
                        hint = "did you mean `\(match)` (\(state.name))? "
                    }
                    item.diagnostics.error(location, "`\(code)` is not the code of a Member State of ITU.",
                                           hint: hint + "Codes are ISO 3166-1 alpha-3, as listed in \(ContentFolder.sibling(of: location.path, "member-states.yaml")).")
                    continue
                }
                if states.contains(code) {
                    item.diagnostics.warning(location, "`\(code)` is listed twice for this letter.", hint: "count each Member State once per letter.")
                    continue
                }
                states.append(code)
            }
            guard let letter, let channel else { return nil }
            return Outcome.Reply(letter: letter, channel: channel, memberStates: states, location: item.location(of: "letter"))
        }
    }

    private static func readUnplanned(_ root: Fields, site: Site?) -> Outcome.Unplanned? {
        let title = root.string("title", required: true, example: "Name of the activity")
        let known = site?.processes.map(\.id) ?? []
        let processes = root.strings("processes", required: true, example: "[wsis]").filter { id in
            guard site != nil, !known.contains(id) else { return true }
            root.diagnostics.error(root.location(of: "processes"), "`\(id)` is not a process listed in site.yaml.",
                                   hint: Suggestion.hint(for: id, in: known))
            return false
        }
        let start = root.day("start", required: true)
        let end = root.day("end") ?? start
        let place = root.string("place", required: true, example: "Geneva")
        if let start, let end, end < start {
            root.diagnostics.error(root.location(of: "end"), "the activity ends (\(end)) before it starts (\(start)).")
        }
        guard let title, let start, let end, let place else { return nil }
        return Outcome.Unplanned(title: title, processes: processes, start: start, end: end, place: place)
    }
}
