extension PlanCycle {
    /// What is due in the cycle relative to today (`options.asOf`, else `options.today`), one item
    /// each with the file to open: in date order, then what has no date, translations last.
    /// - Returns: the items, and every diagnostic of the content (status reads what `check` reads).
    public static func status(_ options: Options) -> (items: [StatusItem], result: Result) {
        let loaded = load(options)
        let diagnostics = loaded.diagnostics
        guard let content = loaded.content else { return ([], Result(diagnostics: diagnostics.sorted)) }
        guard let today = options.checkDay else {
            diagnostics.error(SourceLocation(path: options.content), "status needs today's date.", hint: "pass `--as-of YYYY-MM-DD`.")
            return ([], Result(diagnostics: diagnostics.sorted))
        }
        return (CycleStatus.items(content, today: today), Result(diagnostics: diagnostics.sorted))
    }
}
