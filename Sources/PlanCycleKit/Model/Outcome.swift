/// What happened to one activity of a year: the record the summary report is made from.
public struct Outcome: Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case held
        case heldWithChanges = "held-with-changes"
        case postponed, cancelled

        /// Held, as planned or with changes.
        public var tookPlace: Bool { self == .held || self == .heldWithChanges }
    }

    public enum ResultKind: String, CaseIterable, Sendable {
        case outcomeDocument = "outcome-document"
        case contribution, statement, report, publication
    }

    public struct Result: Sendable {
        public var title: String
        public var url: String?
        public var kind: ResultKind
    }

    /// Member States that replied to one circular letter, and how.
    public struct Reply: Sendable {
        /// As written: a letter's file name or its number (`CL-25/12`).
        public var letter: String
        public var channel: ConsultationForm
        /// ISO alpha-3 codes, each once.
        public var memberStates: [String]
        public var location: SourceLocation
    }

    /// The plan data of an activity that was not in the plan.
    public struct Unplanned: Sendable {
        public var title: String
        public var processes: [String]
        public var start: Day
        public var end: Day
        public var place: String
    }

    public var id: String
    public var path: String
    public var year: Int
    public var status: Status
    public var participation: [ParticipationForm]
    public var representedBy: [String]
    public var staffDays: Int?
    public var thirdParties: [Activity.ThirdParty]
    public var results: [Result]
    public var replies: [Reply]
    public var carryOver: Bool
    public var unplanned: Unplanned?
    /// Markdown.
    public var notes: String
    /// Where the front matter starts, for diagnostics about the whole record.
    public var location: SourceLocation
}

/// The summary report on a year, presented at the first-cluster meeting of the next year.
public struct Report: Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case draft, final
    }

    public struct Advice: Sendable {
        public var from: [String]
        public var date: Day?
        public var text: String
    }

    public var path: String
    public var info: Year.DocumentInfo
    public var status: Status
    public var advice: [Advice]
    /// Markdown.
    public var introduction: String
    /// The language of the report's text.
    public var textLanguage = "en"
    /// True when the text comes from a translation made from an earlier version of the original.
    public var textIsStale = false
}
