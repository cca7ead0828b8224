/// Reads and checks `content/<YYYY>/year.md`: the meeting and the plan's document data.
enum YearReader {
    static let keys = ["meeting", "plan"]
    static let documentKeys = ["number", "revision", "date", "source", "title", "summary", "action_required", "references"]
    /// The plan's keys: a CWG document's, and the mandate the circular letters cite.
    static let planKeys = documentKeys + ["mandate"]

    struct Result {
        var meeting: Year.Meeting
        var plan: Year.DocumentInfo
        var introduction: String
    }

    static func read(_ file: FrontMatterFile, year: Int, diagnostics: Diagnostics) -> Result? {
        let origin = YAMLOrigin(path: file.path, lineOffset: file.yamlLineOffset)
        guard file.yaml != nil || !diagnostics.hasErrors(in: file.path),
            let root = Fields(file.yaml, origin: origin, diagnostics: diagnostics, name: "the year file", keys: keys)
        else { return nil }
        let meeting = readMeeting(root.fields("meeting", keys: ["number", "start", "end", "place"], required: true), year: year)
        let planFields = root.fields("plan", keys: planKeys, required: true)
        var plan = readDocument(planFields, what: "plan")
        plan?.mandate = planFields?.string("mandate")
        guard let meeting, let plan else { return nil }
        return Result(meeting: meeting, plan: plan, introduction: file.body)
    }

    static func readMeeting(_ fields: Fields?, year: Int) -> Year.Meeting? {
        guard let fields else { return nil }
        let number = fields.int("number", required: true, in: 1...999)
        let (start, end) = fields.dateRange(of: "meeting")
        let place = fields.string("place", required: true, example: "Geneva")
        if let start, start.year != year {
            fields.diagnostics.error(fields.location(of: "start"), "the meeting of the \(year) first cluster starts in \(start.year).",
                                     hint: "the year folder and the meeting's year should agree.")
        }
        guard let number, let start, let end, let place else { return nil }
        return Year.Meeting(number: number, start: start, end: end, place: place)
    }

    static func readDocument(_ fields: Fields?, what: String) -> Year.DocumentInfo? {
        guard let fields else { return nil }
        let number = fields.int("number", required: true, in: 1...999)
        let revision = fields.int("revision", in: 1...99)
        let date = fields.day("date", required: true)
        let source = fields.string("source") ?? "Note by the Secretary-General"
        let title = fields.string("title", required: true, example: "Annual plan of participation ...")
        let summary = fields.string("summary", required: true, example: "This document presents ...")
        let action = fields.string("action_required", required: true, example: "The Council Working Group is invited to take note of this document.")
        let references = fields.strings("references", example: "[\"PP Resolution 140 (Rev. Bucharest, 2022)\"]")
        guard let number, let date, let title, let summary, let action else { return nil }
        return Year.DocumentInfo(
            number: number, revision: revision, date: date, source: source, title: title,
            summary: summary, actionRequired: action, references: references)
    }
}

extension Diagnostics {
    func hasErrors(in path: String) -> Bool {
        all.contains { $0.severity == .error && $0.location.path == path }
    }
}
