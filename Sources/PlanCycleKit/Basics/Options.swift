/// Where PlanCycle reads and writes, and the day it takes as "today".
public struct Options: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var asOf: Day?
    /// Turns the warnings that a final document must not have (missing outcome records) into errors.
    public var strict: Bool
    /// The address the site is published at (e.g. `https://www.itu.int/cwg-wsis/`), used by the feed and calendars.
    public var baseURL: String?
    /// Replace an output folder that holds files PlanCycle did not write.
    public var force: Bool = false
    /// Publish draft letters and draft reports (marked as drafts); without it they are left out.
    public var drafts: Bool = false
    /// The clock's date, for the date checks when `asOf` is nil. Pages never use it, so that two
    /// builds of the same input give the same bytes; the command line sets it, tests leave it nil.
    public var today: Day?

    /// The day the date checks take as today: `asOf`, else the clock's date.
    public var checkDay: Day? { asOf ?? today }

    public init(
        content: String = "content", templates: String = "Templates", output: String = "site", asOf: Day? = nil,
        strict: Bool = false, baseURL: String? = nil
    ) {
        self.strict = strict
        self.baseURL = baseURL
        self.content = content
        self.templates = templates
        self.output = output
        self.asOf = asOf
    }
}
