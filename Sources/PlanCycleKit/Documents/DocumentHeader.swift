/// The header of a Council Working Group document: meeting, symbol, date, source, title and the
/// Summary / Action required / References box.
enum DocumentHeader {
    static let schema: Schema = .object([
        "meeting": .value, "meeting_number": .value, "meeting_ordinal": .value, "meeting_dates": .value, "meeting_place": .value,
        "symbol": .value, "date": .value, "source": .value, "title": .value,
        "summary_html": .value, "action_required_html": .value,
        "references": .list(.value), "references_text": .value,
    ])

    /// `CWG-WSIS-44/3-E`, with ` Rev. N` when revised; `letter` is the language's symbol letter.
    static func symbol(site: Site, meeting: Year.Meeting, info: Year.DocumentInfo, letter: String = "E") -> String {
        var symbol = "\(site.symbolPrefix)-\(meeting.number)/\(info.number)-\(letter)"
        if let revision = info.revision { symbol += " Rev. \(revision)" }
        return symbol
    }

    static func context(meeting: Year.Meeting, info: Year.DocumentInfo, scope: Scope) -> [String: Any] {
        let site = scope.content.site
        return [
            "meeting": site.workingGroupName, "meeting_number": meeting.number,
            "meeting_ordinal": DateText.ordinal(meeting.number),
            "meeting_dates": scope.formats.range(meeting.start, meeting.end), "meeting_place": meeting.place,
            "symbol": symbol(site: site, meeting: meeting, info: info, letter: scope.language.letter),
            "date": scope.formats.long(info.date),
            "source": info.source, "title": info.title,
            "summary_html": Fragment.block(info.summary), "action_required_html": Fragment.block(info.actionRequired),
            "references": info.references, "references_text": info.references.joined(separator: "; "),
        ]
    }
}
