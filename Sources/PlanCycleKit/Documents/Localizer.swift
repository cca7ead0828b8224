/// The content as a reader of one language sees it: translated text where a translation exists,
/// the original elsewhere, each document marked with the language its text is in.
extension Content {
    func localized(to language: String) -> Content {
        guard language != TemplateSet.originalLanguage else { return self }
        let mine = translations.filter { $0.language == language }
        let stale = Set(mine.filter { $0.sourceHash != translatableText(of: $0)?.fingerprint }.map(\.path))
        func find(_ kind: Translation.Kind, _ target: String) -> Translation? {
            mine.first { $0.kind == kind && $0.target == target }.map { translation in
                var marked = translation
                marked.isStale = stale.contains(translation.path)
                return marked
            }
        }
        var copy = self
        if let t = find(.site, "site") { copy.site = copy.site.applying(t) }
        for index in copy.years.indices {
            var year = copy.years[index]
            if let t = find(.year, "\(year.year)") { year = year.applying(t) }
            if let report = year.report, let t = find(.report, "\(year.year)") { year.report = report.applying(t) }
            year.activities = year.activities.map { activity in
                find(.activity, "\(activity.year)/\(activity.id)").map(activity.applying) ?? activity
            }
            let site = copy.site
            year.letters = year.letters.map { original in
                var letter = original
                if letter.usesDefaultRecipients {
                    letter.to = site.letterTo
                    letter.copy = site.letterCopy
                }
                letter = find(.letter, "\(year.year)/\(letter.name)").map(letter.applying) ?? letter
                for i in letter.annexes.indices {
                    if let text = letter.annexes[i].translations[language] { letter.annexes[i].text = text }
                }
                return letter
            }
            copy.years[index] = year
        }
        return copy
    }
}

private extension Translation {
    func text(_ path: String, _ original: String) -> String { texts[path] ?? original }
    func list(_ path: String, _ original: [String]) -> [String] { lists[path] ?? original }
}

extension Site {
    func applying(_ t: Translation) -> Site {
        var copy = self
        copy.organisationName = t.text("organisation.name", organisationName)
        copy.organisationShortName = t.text("organisation.short_name", organisationShortName)
        copy.secretariatUnit = t.text("secretariat.unit", secretariatUnit)
        copy.secretariatPlace = t.text("secretariat.place", secretariatPlace)
        copy.workingGroupName = t.text("working_group.name", workingGroupName)
        copy.workingGroupShortName = t.text("working_group.short_name", workingGroupShortName)
        copy.signatory.title = t.text("signatory.title", signatory.title)
        copy.notice = notice.map { t.text("notice", $0) }
        copy.processes = processes.map { Site.Process(id: $0.id, name: t.text("processes.\($0.id).name", $0.name)) }
        copy.letterTo = t.list("letters.to", letterTo)
        copy.letterCopy = t.list("letters.copy", letterCopy)
        return copy
    }
}

extension Year {
    func applying(_ t: Translation) -> Year {
        var copy = self
        copy.meeting.place = t.text("meeting.place", meeting.place)
        copy.plan.source = t.text("plan.source", plan.source)
        copy.plan.title = t.text("plan.title", plan.title)
        copy.plan.summary = t.text("plan.summary", plan.summary)
        copy.plan.actionRequired = t.text("plan.action_required", plan.actionRequired)
        copy.plan.references = t.list("plan.references", plan.references)
        copy.plan.mandate = plan.mandate.map { t.text("plan.mandate", $0) }
        copy.introduction = t.body ?? introduction
        copy.textLanguage = t.language
        copy.textIsStale = t.isStale
        return copy
    }
}

extension Report {
    func applying(_ t: Translation) -> Report {
        var copy = self
        copy.info.source = t.text("report.source", info.source)
        copy.info.title = t.text("report.title", info.title)
        copy.info.summary = t.text("report.summary", info.summary)
        copy.info.actionRequired = t.text("report.action_required", info.actionRequired)
        copy.info.references = t.list("report.references", info.references)
        for i in copy.advice.indices { copy.advice[i].text = t.text("advice.\(i).text", advice[i].text) }
        copy.introduction = t.body ?? introduction
        copy.textLanguage = t.language
        copy.textIsStale = t.isStale
        return copy
    }
}

extension Activity {
    func applying(_ t: Translation) -> Activity {
        var copy = self
        copy.title = t.text("title", title)
        copy.place = t.text("place", place)
        copy.impact.reasons = t.text("impact.reasons", impact.reasons)
        copy.memberStateSupport = t.text("member_state_support", memberStateSupport)
        for i in copy.staff.indices {
            copy.staff[i].unit = t.text("resources.itu.\(i).unit", staff[i].unit)
            copy.staff[i].roles = t.text("resources.itu.\(i).roles", staff[i].roles)
        }
        for i in copy.thirdParties.indices {
            copy.thirdParties[i].name = t.text("resources.third_party.\(i).name", thirdParties[i].name)
            copy.thirdParties[i].support = t.text("resources.third_party.\(i).support", thirdParties[i].support)
        }
        for i in copy.milestones.indices {
            let id = milestones[i].id
            copy.milestones[i].opportunity = t.text("milestones.\(id).opportunity", milestones[i].opportunity)
            copy.milestones[i].milestone = t.text("milestones.\(id).milestone", milestones[i].milestone)
        }
        copy.description = t.body ?? description
        copy.textLanguage = t.language
        copy.textIsStale = t.isStale
        return copy
    }
}

extension CircularLetter {
    func applying(_ t: Translation) -> CircularLetter {
        var copy = self
        copy.subject = t.text("subject", subject)
        copy.to = t.list("to", to)
        copy.copy = t.list("copy", self.copy)
        copy.contact.title = t.text("contact.title", contact.title)
        copy.consultation.meetingPlace = consultation.meetingPlace.map { t.text("consultation.meeting.place", $0) }
        for i in copy.annexes.indices {
            copy.annexes[i].title = t.text("annexes.\(i).title", annexes[i].title)
            copy.annexes[i].text = t.text("annexes.\(i).text", annexes[i].text)
        }
        copy.body = t.body ?? body
        copy.textLanguage = t.language
        copy.textIsStale = t.isStale
        return copy
    }
}
