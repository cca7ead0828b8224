/// The `site` fields every template can use.
enum SiteContext {
    static let schema: Schema = .object([
        "organisation": .value, "organisation_short": .value, "secretariat_unit": .value, "secretariat_place": .value,
        "working_group": .value, "working_group_short": .value, "notice_html": .value,
        "signatory": .object(["name": .value, "title": .value]),
    ])

    static func context(_ site: Site) -> [String: Any] {
        var context: [String: Any] = [
            "organisation": site.organisationName, "organisation_short": site.organisationShortName,
            "secretariat_unit": site.secretariatUnit, "secretariat_place": site.secretariatPlace,
            "working_group": site.workingGroupName, "working_group_short": site.workingGroupShortName,
            "signatory": ["name": site.signatory.name, "title": site.signatory.title],
        ]
        if let notice = site.notice { context["notice_html"] = Fragment.inline(notice) }
        return context
    }
}
