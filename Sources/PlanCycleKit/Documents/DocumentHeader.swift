/// The header of a Council Working Group document: meeting, symbol, date, language, source,
/// title and the Summary / Action required / References box.
enum DocumentHeader {
    static let schema: Schema = .object([
        "meeting": .value, "meeting_number": .value, "meeting_ordinal": .value, "meeting_dates": .value, "meeting_place": .value,
        "symbol": .value, "date": .value, "original_language": .value, "source": .value, "title": .value,
        "summary_html": .value, "action_required_html": .value,
        "references": .list(.value), "references_text": .value,
    ])

    /// `CWG-WSIS-44/3-E`, with ` Rev. N` when revised.
    static func symbol(site: Site, meeting: Year.Meeting, info: Year.DocumentInfo) -> String {
        var symbol = "\(site.symbolPrefix)-\(meeting.number)/\(info.number)-E"
        if let revision = info.revision { symbol += " Rev. \(revision)" }
        return symbol
    }

    static func context(site: Site, meeting: Year.Meeting, info: Year.DocumentInfo) -> [String: Any] {
        [
            "meeting": site.workingGroupName, "meeting_number": meeting.number,
            "meeting_ordinal": DateText.ordinal(meeting.number),
            "meeting_dates": DateText.range(meeting.start, meeting.end), "meeting_place": meeting.place,
            "symbol": symbol(site: site, meeting: meeting, info: info), "date": DateText.long(info.date), "original_language": "English",
            "source": info.source, "title": info.title,
            "summary_html": Fragment.block(info.summary), "action_required_html": Fragment.block(info.actionRequired),
            "references": info.references, "references_text": info.references.joined(separator: "; "),
        ]
    }
}
