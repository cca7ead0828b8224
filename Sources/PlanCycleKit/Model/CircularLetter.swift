/// A circular letter to Member States about one activity.
public struct CircularLetter: Sendable {
    public struct Consultation: Sendable {
        public var form: ConsultationForm
        public var link: String?
        public var email: String?
        public var meetingDate: Day?
        public var meetingPlace: String?
    }

    public struct Annex: Sendable {
        public var title: String
        /// Markdown.
        public var text: String
        /// The annex file, relative to the letters folder, when the annex is a file.
        public var file: String?
        /// Translated annex files (`<file>.<lang>.md`), by language.
        public var translations: [String: String] = [:]
    }

    /// The file name without `.md`.
    public var name: String
    public var path: String
    public var activityID: String
    public var status: LetterStatus
    /// The number fixed in content, if any.
    public var fixedNumber: Int?
    /// The number given by numbering (fixed or assigned); nil for a draft without a fixed number.
    public var number: Int?
    public var date: Day
    public var subject: String
    public var deadline: Day
    public var consultation: Consultation
    public var to: [String]
    public var copy: [String]
    /// True when `to` and `copy` are site.yaml's defaults (so that their translation applies).
    public var usesDefaultRecipients = false
    public var contact: Site.Person
    public var annexes: [Annex]
    /// Markdown: the letter's own paragraphs.
    public var body: String
    /// The language the text is in.
    public var textLanguage = "en"
    /// True when the text comes from a translation made from an earlier version of the original.
    public var textIsStale = false

    /// `CL-26/6`, or nil while the letter has no number.
    public var symbol: String? { number.map { "CL-\(Self.twoDigits(date.year % 100))/\($0)" } }
    /// `cl-26-06`, or `draft-<name>` while the letter has no number: the page's file name without extension.
    public var slug: String {
        guard let number else { return "draft-\(name)" }
        return "cl-\(Self.twoDigits(date.year % 100))-\(Self.twoDigits(number))"
    }

    /// The letters folder the letter was read from.
    var folder: String { path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/") }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
