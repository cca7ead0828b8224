/// `site/letters.atom`: the circular letters that are cleared or sent, newest first, so that
/// Member States' focal points can subscribe.
enum AtomFeed {
    static func xml(_ content: Content, baseURL: String?) -> String {
        let letters = content.years.flatMap(\.letters).filter { $0.status != .draft }
            .sorted { ($0.date, $0.name) > ($1.date, $1.name) }
        let base = SiteAddress.base(baseURL)
        let domain = SiteAddress.domain(of: content.site)
        let english = Formats(locale: "en_GB")
        let updated = letters.first.map { timestamp($0.date) } ?? "1970-01-01T00:00:00Z"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"\(base.map { " xml:base=\"\(escape($0))\"" } ?? "")>",
            "<id>\(escape(base.map { $0 + PagePath.feed } ?? "tag:\(domain),1970-01-01:plancycle/letters"))</id>",
            "<title>Circular letters – \(escape(content.site.workingGroupShortName))</title>",
            "<subtitle>\(escape(content.site.organisationShortName)) circular letters to Member States on WSIS, SDG and digital governance processes</subtitle>",
            "<updated>\(updated)</updated>",
            "<author><name>\(escape(content.site.organisationShortName + " " + content.site.secretariatUnit))</name></author>",
            "<link rel=\"self\" href=\"\(PagePath.feed)\"/>",
            "<link rel=\"alternate\" type=\"text/html\" href=\"\(PagePath.index)\"/>",
        ]
        for letter in letters {
            let path = PagePath.letter(letter)
            let activity = content.activity(letter.activityRef)
            var summary = "Reply by \(english.long(letter.deadline))."
            if let activity { summary += " Activity: \(activity.title)." }
            lines += [
                "<entry>",
                "<id>\(escape(base.map { $0 + path } ?? "tag:\(domain),\(letter.date.iso):plancycle/\(path)"))</id>",
                "<title>\(escape((letter.symbol.map { $0 + ": " } ?? "") + letter.subject))</title>",
                "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(path))\"/>",
                "<published>\(timestamp(letter.date))</published>",
                "<updated>\(timestamp(letter.date))</updated>",
                "<summary>\(escape(summary))</summary>",
                "</entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00Z" }

    static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
