/// The checks that several readers make, each written once: a date range, the process ids of
/// site.yaml, and Member State codes.
extension Fields {
    /// `start` (required) and `end` (`start` when left out), with an end before the start an error at `end`.
    /// - Parameter what: what starts and ends: "activity", "meeting".
    func dateRange(of what: String) -> (start: Day?, end: Day?) {
        let start = day("start", required: true)
        let end = day("end") ?? start
        if let start, let end, end < start {
            diagnostics.error(location(of: "end"), "the \(what) ends (\(end)) before it starts (\(start)).",
                              hint: "check `start` and `end`; a one-day \(what) needs no `end`.")
        }
        return (start, end)
    }

    /// The process ids of the list `processes` (required), each checked at its place against
    /// site.yaml's processes (not checked when site.yaml could not be read), without repeats.
    func processIDs(site: Site?) -> [String] {
        let known = site?.processes.map(\.id) ?? []
        var result: [String] = []
        for item in list("processes", required: true, example: "[wsis, sdgs]") {
            guard let id = item.scalar?.string else {
                diagnostics.error(origin.location(of: item), "each item of `processes` should be a process id.")
                continue
            }
            if site != nil, !known.contains(id) {
                diagnostics.error(
                    origin.location(of: item), "`\(id)` is not a process listed in site.yaml.",
                    hint: Suggestion.hint(for: id, in: known) + " Add new processes to `processes` in site.yaml.")
                continue
            }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    /// The Member State codes of the list `key`, each checked at its place against
    /// member-states.yaml (not checked when it lists none); a code listed twice is a warning.
    /// - Parameter twice: where a code is listed twice ("for this letter"), and the hint for it.
    func memberStateCodes(_ key: String, memberStates: [MemberState], required: Bool, twice: (place: String, hint: String)) -> [String] {
        let codes = memberStates.map(\.code)
        let known = Set(codes)
        var result: [String] = []
        for node in list(key, required: required, example: "[ARG, BRA]") {
            let location = origin.location(of: node)
            guard let code = node.scalar?.string else {
                diagnostics.error(location, "each Member State should be written as its three-letter code.")
                continue
            }
            if !known.isEmpty, !known.contains(code) {
                var hint = ""
                if let match = Suggestion.closest(to: code, in: codes), let state = memberStates.first(where: { $0.code == match }) {
                    hint = "did you mean `\(match)` (\(state.name))? "
                }
                diagnostics.error(location, "`\(code)` is not the code of a Member State of ITU.",
                                  hint: hint + "Codes are ISO 3166-1 alpha-3, as listed in \(ContentFolder.sibling(of: location.path, "member-states.yaml")).")
                continue
            }
            if result.contains(code) {
                diagnostics.warning(location, "`\(code)` is listed twice \(twice.place).", hint: twice.hint)
                continue
            }
            result.append(code)
        }
        return result
    }
}
