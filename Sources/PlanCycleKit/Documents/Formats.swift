import Foundation

/// Dates, numbers and lists written as a language writes them, with Foundation's locale data.
///
/// Not `Sendable` (it holds formatters): make one per language and rendering thread.
final class Formats {
    let locale: Locale
    private let calendar = Calendar(identifier: .gregorian)
    private let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
    // Made when first used: each job makes its own Formats, and opening ICU's formatters was 6%
    // of building the shipped site, whose jobs use only some of them.
    private lazy var longDate = dateFormatter("yMMMMd")
    private lazy var monthYear = dateFormatter("yMMMM")
    private lazy var interval: DateIntervalFormatter = {
        let interval = DateIntervalFormatter()
        interval.locale = locale
        interval.calendar = calendar
        interval.timeZone = utc
        interval.dateTemplate = "yMMMMd"
        return interval
    }()
    private lazy var decimal: NumberFormatter = {
        let decimal = NumberFormatter()
        decimal.locale = locale
        decimal.numberStyle = .decimal
        return decimal
    }()
    private lazy var percentFormatter: NumberFormatter = {
        let percent = NumberFormatter()
        percent.locale = locale
        percent.numberStyle = .percent
        percent.minimumFractionDigits = 1
        percent.maximumFractionDigits = 1
        return percent
    }()
    /// What was written already: a year's pages write the same days and lists many times, and
    /// Foundation's formatters are slow. One `Formats` is one thread's, so these need no lock.
    private var longs: [Day: String] = [:]
    private var ranges: [[Day]: String] = [:]
    private var lists: [[String]: String] = [:]
    private var phrases: [[String]: String] = [:]
    private var numbers: [Int: String] = [:]
    private var percents: [Int: String] = [:]

    /// The locale's identifier as given (`Locale` may spell it otherwise).
    let identifier: String

    init(locale identifier: String) {
        self.identifier = identifier
        locale = Locale(identifier: identifier)
    }

    /// Formats not in use, by locale, for jobs that run one after another on any thread: a job
    /// takes one (or a new one) and gives it back when done, so that no two threads share one.
    final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [String: [Formats]] = [:]

        func take(_ locale: String) -> Formats {
            lock.lock()
            defer { lock.unlock() }
            return idle[locale]?.popLast() ?? Formats(locale: locale)
        }

        func give(_ formats: Formats) {
            lock.lock()
            defer { lock.unlock() }
            idle[formats.identifier, default: []].append(formats)
        }
    }

    private func dateFormatter(_ template: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = calendar
        formatter.timeZone = utc
        formatter.setLocalizedDateFormatFromTemplate(template)
        return formatter
    }

    func date(_ day: Day) -> Date {
        DateComponents(calendar: calendar, timeZone: utc, year: day.year, month: day.month, day: day.day).date ?? Date(timeIntervalSince1970: 0)
    }

    /// "6 July 2026", "6 juillet 2026", "2026年7月6日".
    func long(_ day: Day) -> String {
        if let known = longs[day] { return known }
        let text = longDate.string(from: date(day))
        longs[day] = text
        return text
    }

    /// "6–10 July 2026", sharing what the two days have in common.
    func range(_ start: Day, _ end: Day) -> String {
        if start == end { return long(start) }
        if let known = ranges[[start, end]] { return known }
        let text = interval.string(from: date(start), to: date(end))
        ranges[[start, end]] = text
        return text
    }

    func milestone(_ value: MilestoneDate) -> String {
        switch value {
        case .day(let day): return long(day)
        case .month: return monthYear.string(from: date(value.firstDay))
        }
    }

    /// "1,759", "1 759".
    func number(_ n: Int) -> String {
        if let known = numbers[n] { return known }
        let text = decimal.string(from: NSNumber(value: n)) ?? String(n)
        numbers[n] = text
        return text
    }

    /// A number that a phrase counts things with: written like `number`, and choosing the
    /// phrase's plural form.
    func count(_ n: Int) -> Count { Count(n, description: number(n)) }

    /// "12.9%", "12,9 %", from a ratio rounded half up to tenths of a percent.
    func percent(_ ratio: Ratio) -> String {
        if let known = percents[ratio.permille] { return known }
        let text = percentFormatter.string(from: NSNumber(value: Double(ratio.permille) / 1000)) ?? ratio.percent
        percents[ratio.permille] = text
        return text
    }

    /// "A, B and C", "A, B et C".
    func list(_ items: [String]) -> String {
        if let known = lists[items] { return known }
        let text = items.formatted(.list(type: .and).locale(locale))
        lists[items] = text
        return text
    }

    /// "Hosting and written contributions": the wording of fixed values listed as one phrase, so
    /// the items after the first start in lowercase, as words inside a sentence do. A word that is
    /// capitalised throughout (an acronym such as "SDG") keeps its capitals.
    func phrase(_ labels: [String]) -> String {
        if let known = phrases[labels] { return known }
        let text = list(labels.enumerated().map { index, label in index == 0 ? label : lowercasingFirst(label) })
        phrases[labels] = text
        return text
    }

    private func lowercasingFirst(_ label: String) -> String {
        let word = label.prefix { !$0.isWhitespace }
        guard let first = word.first, word.count == 1 || word.dropFirst().contains(where: \.isLowercase) else { return label }
        return String(first).lowercased(with: locale) + label.dropFirst()
    }
}

/// English ordinals for the English wording of meetings ("44th").
enum DateText {
    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
