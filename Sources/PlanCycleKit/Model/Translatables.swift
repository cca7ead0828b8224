/// The translatable fields of each kind of content (see `Translatable`).
enum Translatables {
    static let site = Translatable<Site>(fields: [
        .text("organisation.name", \.organisationName), .text("organisation.short_name", \.organisationShortName),
        .text("secretariat.unit", \.secretariatUnit), .text("secretariat.place", \.secretariatPlace),
        .text("working_group.name", \.workingGroupName), .text("working_group.short_name", \.workingGroupShortName),
        .byKey("processes", \.processes, id: \.id, [.text("name", \.name)]),
        .text("signatory.title", \.signatory.title),
        .list("letters.to", \.letterTo), .list("letters.copy", \.letterCopy),
        .text("notice", \.notice),
    ])

    static let year = Translatable<Year>(
        fields: [
            .text("meeting.place", \.meeting.place),
            .text("plan.source", \.plan.source), .text("plan.title", \.plan.title), .text("plan.summary", \.plan.summary),
            .text("plan.action_required", \.plan.actionRequired), .list("plan.references", \.plan.references),
            .text("plan.mandate", \.plan.mandate),
        ],
        body: \.introduction, language: (\.textLanguage, \.textIsStale))

    static let activity = Translatable<Activity>(
        fields: [
            .text("title", \.title), .text("place", \.place), .text("impact.reasons", \.impact.reasons),
            .text("member_state_support", \.memberStateSupport),
            .byPosition("resources.itu", \.staff, [.text("unit", \.unit), .text("roles", \.roles)]),
            .byPosition("resources.third_party", \.thirdParties, [.text("name", \.name), .text("support", \.support)]),
            .byKey("milestones", \.milestones, id: \.id, [.text("opportunity", \.opportunity), .text("milestone", \.milestone)]),
        ],
        body: \.description, language: (\.textLanguage, \.textIsStale))

    static let letter = Translatable<CircularLetter>(
        fields: [
            .text("subject", \.subject), .list("to", \.to), .list("copy", \.copy), .text("contact.title", \.contact.title),
            .text("consultation.meeting.place", \.consultation.meetingPlace),
            .byPosition("annexes", \.annexes, [.text("title", \.title), .text("text", \.text, fingerprinted: { $0.file == nil })]),
        ],
        body: \.body, language: (\.textLanguage, \.textIsStale))

    static let report = Translatable<Report>(
        fields: [
            .text("report.source", \.info.source), .text("report.title", \.info.title), .text("report.summary", \.info.summary),
            .text("report.action_required", \.info.actionRequired), .list("report.references", \.info.references),
            .byPosition("advice", \.advice, [.text("text", \.text)]),
        ],
        body: \.introduction, language: (\.textLanguage, \.textIsStale))

    /// The keys a translation of `kind` may have.
    static func shape(of kind: Translation.Kind) -> [String: TranslationShape] {
        switch kind {
        case .site: return site.shape
        case .year: return year.shape
        case .activity: return activity.shape
        case .letter: return letter.shape
        case .report: return report.shape
        }
    }
}
