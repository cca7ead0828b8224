/// The documents that had errors and were left out, so that checks which depend on them are not
/// reported a second time as misleading errors (a letter with a bad date is one error, not also
/// "urgent activity without letter", "translation without original" and "reply to no letter").
public struct Unreadable: Sendable {
    public enum Kind: String, Sendable {
        case year, report, activity, letter, outcome
        /// The activity that a left-out letter is about.
        case lettersAbout = "letters-about"
    }

    private struct Key: Hashable, Sendable {
        var kind: Kind
        var ref: DocumentRef
    }

    private var keys: Set<Key> = []

    public init() {}

    /// - Parameter ref: the year alone for years and reports.
    public mutating func insert(_ kind: Kind, _ ref: DocumentRef) { keys.insert(Key(kind: kind, ref: ref)) }

    public mutating func formUnion(_ other: Unreadable) { keys.formUnion(other.keys) }

    public func contains(_ kind: Kind, _ ref: DocumentRef) -> Bool { keys.contains(Key(kind: kind, ref: ref)) }

    /// True when a letter of that file name, in any year, was left out.
    func containsLetter(named name: String) -> Bool { keys.contains { $0.kind == .letter && $0.ref.id == name } }
}
