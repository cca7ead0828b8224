import Foundation

/// `site/<YYYY>/plan.json`: the plan's data for other programs (documented in the README).
enum PlanData {
    struct Plan: Encodable {
        var year: Int
        var symbol: String
        var date: String
        var title: String
        var meeting: Meeting
        var activities: [ActivityData]
    }

    struct Meeting: Encodable {
        var number: Int
        var start: String
        var end: String
        var place: String
    }

    struct ActivityData: Encodable {
        var id: String
        var url: String
        var title: String
        var processes: [String]
        var highLevel: Bool
        var start: String
        var end: String
        var place: String
        var format: String
        var impact: Impact
        var resources: Resources
        var participation: [String]
        var memberStateSupport: String
        var urgent: Bool
        var actionPlan: [String]
        var milestones: [MilestoneData]
        var letters: [LetterData]
    }

    struct Impact: Encodable {
        var rating: String
        var reasons: String
    }

    struct Resources: Encodable {
        var itu: [Staff]
        var thirdParty: [ThirdParty]
        var staffDays: Int
    }

    struct Staff: Encodable {
        var unit: String
        var roles: String
        var staffDays: Int?
    }

    struct ThirdParty: Encodable {
        var name: String
        var support: String
    }

    struct MilestoneData: Encodable {
        var id: String
        var date: String
        var tentative: Bool
        var opportunity: String
        var milestone: String
    }

    struct LetterData: Encodable {
        var number: String?
        var status: String
        var date: String
        var deadline: String
        var subject: String
        var url: String
    }

    static func json(_ year: Year, content: Content) -> Data {
        var bytes = htmlSafe(plan(year, content: content).jsonBytes)
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }

    /// The plan's data, before it is written (the types are `Encodable`, for comparing the writer
    /// with `JSONEncoder` in tests).
    static func plan(_ year: Year, content: Content) -> Plan {
        let page = PagePath.planData(year.year)
        return Plan(
            year: year.year, symbol: DocumentHeader.symbol(site: content.site, meeting: year.meeting, info: year.plan),
            date: year.plan.date.iso, title: year.plan.title,
            meeting: Meeting(number: year.meeting.number, start: year.meeting.start.iso, end: year.meeting.end.iso, place: year.meeting.place),
            activities: year.activities.map { activity in
                ActivityData(
                    id: activity.id, url: PagePath.link(from: page, to: PagePath.activity(activity)), title: activity.title,
                    processes: activity.processes, highLevel: activity.highLevel, start: activity.start.iso, end: activity.end.iso,
                    place: activity.place, format: activity.format.rawValue,
                    impact: Impact(rating: activity.impact.rating.rawValue, reasons: activity.impact.reasons),
                    resources: Resources(
                        itu: activity.staff.map { Staff(unit: $0.unit, roles: $0.roles, staffDays: $0.staffDays) },
                        thirdParty: activity.thirdParties.map { ThirdParty(name: $0.name, support: $0.support) },
                        staffDays: activity.staffDays),
                    participation: activity.participation.map(\.rawValue), memberStateSupport: activity.memberStateSupport,
                    urgent: activity.urgent, actionPlan: activity.actionPlan,
                    milestones: activity.milestones.map {
                        MilestoneData(id: $0.id, date: milestoneText($0.date), tentative: $0.tentative, opportunity: $0.opportunity, milestone: $0.milestone)
                    },
                    letters: content.letters(about: activity).map {
                        LetterData(number: $0.symbol, status: $0.status.rawValue, date: $0.date.iso, deadline: $0.deadline.iso,
                                   subject: $0.subject, url: PagePath.link(from: page, to: PagePath.letter($0)))
                    })
            })
    }

    /// JSON that is safe to paste into an HTML page: `<`, `>` and `&` are written `\u003c`,
    /// `\u003e` and `\u0026` (and the line separators U+2028, U+2029 escaped), as Go's encoder does.
    /// These characters can only be inside strings in JSON, so the bytes are replaced as they are.
    static func htmlSafe(_ json: Data) -> Data { Data(htmlSafe([UInt8](json))) }

    static func htmlSafe(_ json: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(json.count + json.count / 16)
        json.withUnsafeBufferPointer { bytes in
            // The bytes between two that need escaping are appended at once.
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let escaped: String
                var length = 1
                switch byte {
                case UInt8(ascii: "<"): escaped = "\\u003c"
                case UInt8(ascii: ">"): escaped = "\\u003e"
                case UInt8(ascii: "&"): escaped = "\\u0026"
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escaped = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    index += 1
                    continue
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                result.append(contentsOf: escaped.utf8)
                index += length
                start = index
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return result
    }

    static func milestoneText(_ date: MilestoneDate) -> String {
        switch date {
        case .day(let day): return day.iso
        case .month(let year, let month): return String((Day(year: year, month: month, day: 1) ?? Day.epoch).iso.prefix(7))
        }
    }
}
