/// The `site` fields every template can use.
struct SiteContext: TemplateContext {
    struct Signatory: TemplateContext {
        var name: String
        var title: String

        static let fields = TemplateFields<Self>([.field("name", \.name), .field("title", \.title)])
    }

    var organisation: String
    var organisationShort: String
    var secretariatUnit: String
    var secretariatPlace: String
    var workingGroup: String
    var workingGroupShort: String
    var noticeHTML: String?
    var signatory: Signatory

    static let fields = TemplateFields<Self>([
        .field("organisation", \.organisation), .field("organisation_short", \.organisationShort),
        .field("secretariat_unit", \.secretariatUnit), .field("secretariat_place", \.secretariatPlace),
        .field("working_group", \.workingGroup), .field("working_group_short", \.workingGroupShort),
        .field("notice_html", \.noticeHTML), .field("signatory", \.signatory),
    ])

    init(_ site: Site) {
        organisation = site.organisationName
        organisationShort = site.organisationShortName
        secretariatUnit = site.secretariatUnit
        secretariatPlace = site.secretariatPlace
        workingGroup = site.workingGroupName
        workingGroupShort = site.workingGroupShortName
        noticeHTML = site.notice.map { Fragment.inline($0) }
        signatory = Signatory(name: site.signatory.name, title: site.signatory.title)
    }
}
