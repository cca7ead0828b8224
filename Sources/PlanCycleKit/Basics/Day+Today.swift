import Foundation

extension Day {
    /// The local calendar day of `date` (now, by default): the only place PlanCycle reads the
    /// clock. The command line passes it as `Options.today`; pages never use it.
    public static func today(_ date: Date = Date(), calendar: Calendar = .current) -> Day? {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
