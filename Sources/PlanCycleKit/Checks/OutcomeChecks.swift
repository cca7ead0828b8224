/// Checks across outcome records, the plan and the letters: every outcome belongs to an activity,
/// every reply to a letter, and a year with a report has an outcome for each planned activity.
enum OutcomeChecks {
    static func run(_ content: Content, strict: Bool, diagnostics: Diagnostics) {
        for year in content.years {
            let planned = Set(year.activities.map(\.id))
            for outcome in year.outcomes {
                if outcome.unplanned == nil, !planned.contains(outcome.id), !content.unreadable.contains(.activity, outcome.ref) {
                    diagnostics.error(outcome.location, "no activity `\(outcome.id)` is in the \(year.year) plan.",
                                      hint: Suggestion.closest(to: outcome.id, in: Array(planned)).map { "did you mean `\($0)`? Rename the file. " } ?? ""
                                          + "For an activity that was not in the plan, add `unplanned: true` with its title, processes, dates and place.")
                }
                if outcome.unplanned != nil, planned.contains(outcome.id) {
                    diagnostics.error(outcome.location, "`\(outcome.id)` is in the \(year.year) plan, so it cannot be unplanned.",
                                      hint: "remove `unplanned: true` and the plan fields.")
                }
                for reply in outcome.replies {
                    checkReply(reply, of: outcome, content: content, diagnostics: diagnostics)
                }
            }
            guard let report = year.report else { continue }
            if content.year(year.year + 1) == nil, !content.unreadable.contains(.year, DocumentRef(year: year.year + 1)) {
                diagnostics.error(SourceLocation(path: report.path, line: 2),
                                  "the report on \(year.year) is presented at the first-cluster meeting of \(year.year + 1), but there is no \(ContentFolder.sibling(of: report.path, "\(year.year + 1)/year.md")).",
                                  hint: "add the \(year.year + 1) year file with its meeting.")
            }
            for activity in year.activities where year.outcome(for: activity) == nil
                && !content.unreadable.contains(.outcome, activity.ref)
            {
                let message = "\(activity.title) has no outcome record, so the report on \(year.year) shows it as not reported."
                let hint = "add \(ContentFolder.sibling(of: year.path + "/", "\(year.year)/outcomes/\(activity.id).md"))."
                if strict || report.status == .final {
                    diagnostics.error(SourceLocation(path: activity.path), message, hint: hint)
                } else {
                    diagnostics.warning(SourceLocation(path: activity.path), message, hint: hint + " With --strict this is an error.")
                }
            }
        }
    }

    private static func checkReply(_ reply: Outcome.Reply, of outcome: Outcome, content: Content, diagnostics: Diagnostics) {
        guard let letter = content.letter(reply.letter, forActivity: outcome.id, year: outcome.year) else {
            if content.unreadable.containsLetter(named: reply.letter) { return }
            let names = Array(Set(content.years.flatMap(\.letters).map(\.name))).sorted()
            diagnostics.error(reply.location, "no circular letter is named `\(reply.letter)`.",
                              hint: Suggestion.hint(for: reply.letter, in: names, allowedLabel: "Letters"))
            return
        }
        let about = letter.activityRef
        // A letter about no activity has its own error; "is about" would only repeat the typo.
        if about != outcome.ref, content.activity(about) != nil {
            diagnostics.warning(reply.location, "\(letter.symbol ?? letter.name) is about `\(about)`, not `\(outcome.ref)`.",
                                hint: "record replies in the outcome of the letter's own activity.")
        }
    }
}
