/// The settings in `content/site.yaml`.
public struct Site: Sendable, Equatable {
    public struct Process: Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public struct Person: Sendable, Hashable {
        public var name: String
        public var title: String
        public var telephone: String?
        public var email: String?
    }

    public var organisationName: String
    public var organisationShortName: String
    public var secretariatUnit: String
    public var secretariatPlace: String
    public var workingGroupName: String
    public var workingGroupShortName: String
    public var symbolPrefix: String
    public var processes: [Process]
    public var contact: Person
    public var signatory: Person
    public var letterTo: [String]
    public var letterCopy: [String]
    public var minimumLeadWeeks: Int
    /// Markdown shown on every page (e.g. "illustrative sample"), if any.
    public var notice: String?
    /// The languages to publish, the original (English) first.
    public var languages: [String] = ["en"]

    public func process(_ id: String) -> Process? { processes.first { $0.id == id } }
}
