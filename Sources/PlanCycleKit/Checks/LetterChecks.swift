/// Checks across letters and activities: every urgent activity has a letter (a warning while the
/// letter is still to be written, an error with `--strict`), and each letter's dates make sense
/// against its activity and the lead time Member States need.
enum LetterChecks {
    static func run(_ content: Content, drafts: [LetterDraft], asOf: Day?, strict: Bool, diagnostics: Diagnostics) {
        let minimumDays = content.site.minimumLeadWeeks * 7
        for draft in drafts {
            let letter = draft.letter
            let at = { (key: String) in draft.locations[key] ?? SourceLocation(path: letter.path) }
            if content.unreadable.contains(.activity, letter.activityRef) { continue }
            guard let activity = content.activity(letter.activityRef) else {
                let ids = content.year(letter.date.year)?.activities.map(\.id) ?? []
                diagnostics.error(at("activity"), "no activity `\(letter.activityID)` exists in \(letter.date.year).",
                                  hint: Suggestion.hint(for: letter.activityID, in: ids, allowedLabel: "Activities")
                                      + " For an activity of another year write `YYYY/id`.")
                continue
            }
            if letter.deadline < letter.date {
                diagnostics.error(at("deadline"), "the reply deadline (\(letter.deadline)) is before the letter's date (\(letter.date)).",
                                  hint: "check `date` and `deadline`.")
            } else if letter.date.days(until: letter.deadline) < minimumDays {
                let weeks = content.site.minimumLeadWeeks
                diagnostics.warning(at("deadline"),
                                    "Member States get \(letter.date.days(until: letter.deadline)) days to reply, less than the \(weeks) weeks set in site.yaml.",
                                    hint: "send the letter earlier or allow more time: letters go out as early as possible.")
            }
            if letter.deadline > activity.start {
                diagnostics.error(at("deadline"), "the reply deadline (\(letter.deadline)) is after \(activity.title) starts (\(activity.start)).",
                                  hint: "replies must arrive before the activity begins.")
            }
            if let meeting = letter.consultation.meetingDate, meeting > letter.deadline {
                diagnostics.error(at("meeting"), "the consultation meeting (\(meeting)) is after the reply deadline (\(letter.deadline)).",
                                  hint: "hold the meeting before the deadline, or move the deadline.")
            }
            if let asOf, letter.status == .draft, letter.deadline < asOf {
                diagnostics.warning(at("status"), "the deadline \(letter.deadline) has passed and the letter is still a draft.",
                                    hint: "send it with a new deadline, or remove it.")
            }
        }
        for year in content.years {
            for activity in year.activities where activity.urgent && content.letters(about: activity).isEmpty
                && !content.unreadable.contains(.lettersAbout, activity.ref)
            {
                let message = "\(activity.title) is marked urgent, but no circular letter asks Member States for their contribution yet; the plan says \"letter to follow\"."
                let hint = "add a letter in \(ContentFolder.sibling(of: activity.path, "<YYYY>/letters"))/ with `activity: \(activity.id)` (`plancycle new letter`), or set `urgent: false`."
                if strict {
                    diagnostics.error(activity.urgentLocation, message, hint: hint)
                } else {
                    diagnostics.warning(activity.urgentLocation, message, hint: hint + " With --strict this is an error.")
                }
            }
        }
    }
}
