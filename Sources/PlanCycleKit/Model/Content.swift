/// Everything read from a content folder, checked.
public struct Content: Sendable {
    public var site: Site
    /// Years in ascending order.
    public var years: [Year]
    /// `YYYY/id` of activity files that had errors, so that letters about them are not reported twice.
    public var unreadableActivities: Set<String> = []

    public func year(_ number: Int) -> Year? { years.first { $0.year == number } }

    /// The activity a letter refers to: `id` in the letter's own year, or `YYYY/id`.
    public func activity(_ reference: String, defaultYear: Int) -> Activity? {
        let (year, id) = Content.split(reference, defaultYear: defaultYear)
        return self.year(year)?.activities.first { $0.id == id }
    }

    /// All letters of all years about `activity`.
    public func letters(about activity: Activity) -> [CircularLetter] {
        years.flatMap(\.letters).filter {
            let (year, id) = Content.split($0.activityID, defaultYear: $0.date.year)
            return year == activity.year && id == activity.id
        }
    }

    static func split(_ reference: String, defaultYear: Int) -> (Int, String) {
        let parts = reference.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let year = Int(parts[0]) { return (year, String(parts[1])) }
        return (defaultYear, reference)
    }
}
