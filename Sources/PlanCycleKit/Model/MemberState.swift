/// A Member State of ITU, as listed in `content/member-states.yaml`.
public struct MemberState: Sendable, Hashable {
    /// ISO 3166-1 alpha-3.
    public var code: String
    public var name: String
    /// ITU region: one of `regions`.
    public var region: String

    /// The six ITU regions.
    static let regions = ["Africa", "Americas", "Arab States", "Asia and the Pacific", "CIS", "Europe"]
}
