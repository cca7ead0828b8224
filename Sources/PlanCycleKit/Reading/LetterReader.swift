import Foundation

/// Reads and checks one `content/<YYYY>/letters/<name>.md`.
enum LetterReader {
    static let keys = [
        "activity", "status", "number", "date", "subject", "deadline", "consultation", "to", "copy", "contact", "annexes",
    ]

    /// A letter as read, before numbering.
    static func read(
        _ file: FrontMatterFile, name: String, lettersFolder: String, site: Site?, diagnostics: Diagnostics, log: InputLog? = nil
    ) -> LetterDraft? {
        let origin = YAMLOrigin(path: file.path, lineOffset: file.yamlLineOffset)
        guard file.yaml != nil || !diagnostics.hasErrors(in: file.path),
            let root = Fields(file.yaml, origin: origin, diagnostics: diagnostics, name: "the letter", keys: keys)
        else { return nil }
        let activity = root.string("activity", required: true, example: "wsis-forum")
        let status: LetterStatus? = root.choice("status", required: true)
        let number = root.int("number", in: 1...9999)
        let date = root.day("date", required: true)
        let subject = root.string("subject", required: true, example: "Consultation on ...")
        let deadline = root.day("deadline", required: true)
        // Each block is read once (reading it again would report its unknown keys again).
        let (consultation, meetingLocation) = readConsultation(root.fields("consultation", keys: ["form", "link", "email", "meeting"], required: true))
        let contact = root.has("contact")
            ? SiteReader.readPerson(root.fields("contact", keys: SiteReader.personKeys), contact: true) : site?.contact
        let annexes = readAnnexes(root, lettersFolder: lettersFolder, log: log)
        let to = root.has("to") ? root.strings("to") : site?.letterTo ?? []
        let copy = root.has("copy") ? root.strings("copy") : site?.letterCopy ?? []

        if status == .sent, number == nil {
            diagnostics.error(root.location(of: "status"), "a sent letter must keep the number it was sent with.",
                              hint: "add `number: N` for CL-YY/N.")
        }
        if consultation?.form == .questionnaire, annexes.isEmpty {
            diagnostics.error(root.location(of: "consultation"), "a consultation by questionnaire needs the questionnaire as an annex.",
                              hint: "add `annexes:` with `- title: Questionnaire` and `file: annexes/<name>.md`.")
        }
        guard let activity, let status, let date, let subject, let deadline, let consultation, let contact else { return nil }
        var locations: [String: SourceLocation] = [:]
        for key in ["activity", "date", "deadline", "consultation", "status"] { locations[key] = root.location(of: key) }
        locations["meeting"] = meetingLocation
        let letter = CircularLetter(
            name: name, path: file.path, activityID: activity, status: status, fixedNumber: number, number: number,
            date: date, subject: subject, deadline: deadline, consultation: consultation,
            to: to, copy: copy,
            contact: contact, annexes: annexes, body: file.body)
        var result = letter
        result.usesDefaultRecipients = !root.has("to") && !root.has("copy")
        return LetterDraft(letter: result, numberLocation: root.location(of: "number"), locations: locations)
    }

    static let meetingKeys = ["date", "place", "link"]

    /// The consultation, and where its meeting's date is written (for checks of that date).
    private static func readConsultation(_ fields: Fields?) -> (CircularLetter.Consultation?, SourceLocation?) {
        guard let fields else { return (nil, nil) }
        let form: ConsultationForm? = fields.choice("form", required: true)
        var link = fields.string("link")
        if let value = link, !LinkChecks.checkURL(value, at: fields.location(of: "link"), diagnostics: fields.diagnostics) { link = nil }
        var email = fields.string("email")
        if let value = email, !LinkChecks.checkEmail(value, at: fields.location(of: "email"), diagnostics: fields.diagnostics) { email = nil }
        let meeting = fields.fields("meeting", keys: meetingKeys, required: form == .meeting)
        let meetingDate = meeting?.day("date", required: true)
        let meetingPlace = meeting?.string("place", required: meeting?.has("link") != true, example: "ITU headquarters, Geneva")
        if let meeting, let meetingLink = meeting.string("link"),
            LinkChecks.checkURL(meetingLink, at: meeting.location(of: "link"), diagnostics: fields.diagnostics), link == nil
        {
            link = meetingLink
        }
        if form == .online, fields.node("link") == nil {
            fields.missing("link", example: "https://...")
        }
        guard let form else { return (nil, nil) }
        return (CircularLetter.Consultation(
            form: form, link: link, email: email, meetingDate: meetingDate, meetingPlace: meetingPlace),
                meeting?.location(of: "date"))
    }

    private static func readAnnexes(_ root: Fields, lettersFolder: String, log: InputLog?) -> [CircularLetter.Annex] {
        root.fieldsList("annexes", keys: ["title", "file", "text"], itemName: "an annex").compactMap { item in
            let title = item.string("title", required: true, example: "Questionnaire")
            var text = item.string("text")
            if let file = item.string("file") {
                text = readAnnexFile(file, folder: lettersFolder, at: item.location(of: "file"), diagnostics: item.diagnostics, log: log)
            } else if text == nil {
                item.diagnostics.error(item.location, "the annex has neither `file` nor `text`.",
                                       hint: "add `file: annexes/<name>.md` or `text: |` followed by the annex in Markdown.")
            }
            // An annex whose text is missing (its error reported) is kept, empty, so that the
            // letter's other checks and its translations see it as written.
            guard let title else { return nil }
            var annex = CircularLetter.Annex(title: title, text: text ?? "", file: item.string("file"))
            if let file = annex.file { annex.translations = annexTranslations(file, folder: lettersFolder, log: log) }
            return annex
        }
    }

    /// The translations of an annex file: `questionnaire.fr.md` beside `questionnaire.md`.
    private static func annexTranslations(_ file: String, folder: String, log: InputLog?) -> [String: String] {
        guard file.hasSuffix(".md") else { return [:] }
        let stem = String(file.dropLast(3))
        var result: [String: String] = [:]
        for code in Translation.languages {
            let path = folder + "/" + stem + ".\(code).md"
            if let data = log.contents(of: path), let text = String(data: data, encoding: .utf8) {
                result[code] = text
            }
        }
        return result
    }

    private static func readAnnexFile(
        _ file: String, folder: String, at location: SourceLocation, diagnostics: Diagnostics, log: InputLog?
    ) -> String? {
        let parts = file.split(separator: "/")
        guard !file.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            diagnostics.error(location, "the annex file `\(file)` is outside the letters folder.",
                              hint: "write a path inside the letters folder, such as `annexes/questionnaire.md`.")
            return nil
        }
        let path = folder + "/" + file
        guard let data = log.contents(of: path) else {
            diagnostics.error(location, "the annex file `\(path)` does not exist.",
                              hint: "check the file name; paths are relative to the letters folder.")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.error(location, "the annex file `\(path)` is not UTF-8 text.", hint: "save it as UTF-8.")
            return nil
        }
        return text
    }
}
