/// `site/<YYYY>/deadlines.ics`: the first-cluster meeting, and the reply deadlines and
/// consultation meetings of the year's cleared and sent letters, as all-day events (RFC 5545).
enum ICalendar {
    static func ics(_ year: Year, content: Content, baseURL: String?) -> String {
        let domain = SiteAddress.domain(of: content.site)
        let base = SiteAddress.base(baseURL)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//PlanCycle//\(text(content.site.workingGroupShortName))//EN",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:\(text(content.site.workingGroupShortName + " \(year.year): meetings and deadlines"))",
        ]
        func event(uid: String, stamp: Day, start: Day, end: Day, summary: String, location: String?, path: String?) {
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)@\(domain)", "DTSTAMP:\(stamp.basic)T000000Z",
                "DTSTART;VALUE=DATE:\(start.basic)", "DTEND;VALUE=DATE:\(end.adding(days: 1).basic)",
                "SUMMARY:\(text(summary))", "TRANSP:TRANSPARENT",
            ]
            if let location { lines.append("LOCATION:\(text(location))") }
            if let path, let base { lines.append("URL:\(base + path)") }
            lines.append("END:VEVENT")
        }
        event(uid: "plancycle-\(year.year)-cwg-meeting", stamp: year.plan.date, start: year.meeting.start, end: year.meeting.end,
              summary: "\(DateText.ordinal(year.meeting.number)) meeting of the \(content.site.workingGroupName)",
              location: year.meeting.place, path: PagePath.plan(year.year))
        for letter in year.letters where letter.status != .draft {
            let name = letter.symbol ?? letter.subject
            event(uid: "plancycle-\(year.year)-\(letter.slug)-deadline", stamp: letter.date, start: letter.deadline, end: letter.deadline,
                  summary: "Reply deadline, \(name): \(letter.subject)", location: nil, path: PagePath.letter(letter))
            if let meeting = letter.consultation.meetingDate {
                event(uid: "plancycle-\(year.year)-\(letter.slug)-meeting", stamp: letter.date, start: meeting, end: meeting,
                      summary: "Consultation meeting, \(name): \(letter.subject)", location: letter.consultation.meetingPlace,
                      path: PagePath.letter(letter))
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks.
    static func text(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line at 75 octets without splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result
    }
}
