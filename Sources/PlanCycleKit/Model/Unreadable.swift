/// The documents that had errors and were left out, so that checks which depend on them are not
/// reported a second time as misleading errors (a letter with a bad date is one error, not also
/// "urgent activity without letter", "translation without original" and "reply to no letter").
public struct Unreadable: Sendable {
    public enum Kind: String, Sendable {
        case year, report, activity, letter, outcome
        /// The activity (`YYYY/id`) that a left-out letter is about.
        case lettersAbout = "letters-about"
    }

    private var keys: Set<String> = []

    public init() {}

    /// - Parameter target: `YYYY/id` for activities, letters and outcomes; `YYYY` for years and reports.
    public mutating func insert(_ kind: Kind, _ target: String) { keys.insert("\(kind.rawValue):\(target)") }

    public mutating func formUnion(_ other: Unreadable) { keys.formUnion(other.keys) }

    public func contains(_ kind: Kind, _ target: String) -> Bool { keys.contains("\(kind.rawValue):\(target)") }

    /// True when a letter of that file name, in any year, was left out.
    func containsLetter(named name: String) -> Bool { keys.contains { $0.hasPrefix("letter:") && $0.hasSuffix("/" + name) } }
}
