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
        return root.fieldsList("replies", keys: ["letter", "channel", "member_states"], itemName: "a reply").compactMap { item in
            let letter = item.string("letter", required: true, example: "wsis20-review-views")
            let channel: ConsultationForm? = item.choice("channel", required: true)
            let states = item.memberStateCodes("member_states", memberStates: memberStates, required: true,
                                               twice: ("for this letter", "count each Member State once per letter."))
            guard let letter, let channel else { return nil }
            return Outcome.Reply(letter: letter, channel: channel, memberStates: states, location: item.location(of: "letter"))
        }
    }

    private static func readUnplanned(_ root: Fields, site: Site?) -> Outcome.Unplanned? {
        let title = root.string("title", required: true, example: "Name of the activity")
        let processes = root.processIDs(site: site)
        let (start, end) = root.dateRange(of: "activity")
        let place = root.string("place", required: true, example: "Geneva")
        guard let title, let start, let end, let place else { return nil }
        return Outcome.Unplanned(title: title, processes: processes, start: start, end: end, place: place)
    }
}
