/// Reads and checks `content/site.yaml`.
enum SiteReader {
    static let keys = [
        "organisation", "secretariat", "working_group", "processes", "contact", "signatory", "letters", "notice", "languages",
    ]

    static func read(_ node: YAMLNode?, path: String, diagnostics: Diagnostics) -> Site? {
        let origin = YAMLOrigin(path: path, lineOffset: 0)
        guard let root = Fields(node, origin: origin, diagnostics: diagnostics, name: "site.yaml", keys: keys) else {
            return nil
        }
        let organisation = root.fields("organisation", keys: ["name", "short_name"], required: true)
        let secretariat = root.fields("secretariat", keys: ["unit", "place"], required: true)
        let group = root.fields("working_group", keys: ["name", "short_name", "symbol_prefix"], required: true)
        let letters = root.fields("letters", keys: ["to", "copy", "minimum_lead_weeks"])
        let processes = readProcesses(root, diagnostics: diagnostics)
        let contact = readPerson(root.fields("contact", keys: personKeys, required: true), contact: true)
        let signatory = readPerson(root.fields("signatory", keys: ["name", "title"], required: true), contact: false)

        let languages = readLanguages(root)
        // Every field is read before any is required, so that one missing field hides no other.
        let orgName = organisation?.string("name", required: true, example: "International Telecommunication Union")
        let orgShort = organisation?.string("short_name", required: true, example: "ITU")
        let unit = secretariat?.string("unit", required: true, example: "General Secretariat (SG)")
        let place = secretariat?.string("place", required: true, example: "Geneva")
        let groupName = group?.string("name", required: true, example: "Council Working Group on WSIS & SDGs")
        let groupShort = group?.string("short_name", required: true, example: "CWG-WSIS&SDG")
        let prefix = group?.string("symbol_prefix", required: true, example: "CWG-WSIS")
        let letterTo = letters?.strings("to") ?? ["Member States of ITU"]
        let letterCopy = letters?.strings("copy") ?? []
        let leadWeeks = letters?.int("minimum_lead_weeks", in: 0...52) ?? 4
        let notice = root.string("notice")
        guard let orgName, let orgShort, let unit, let place, let groupName, let groupShort, let prefix, let contact, let signatory
        else { return nil }
        return Site(
            organisationName: orgName, organisationShortName: orgShort,
            secretariatUnit: unit, secretariatPlace: place,
            workingGroupName: groupName, workingGroupShortName: groupShort, symbolPrefix: prefix,
            processes: processes, contact: contact, signatory: signatory,
            letterTo: letterTo, letterCopy: letterCopy, minimumLeadWeeks: leadWeeks,
            notice: notice, languages: languages)
    }

    private static func readLanguages(_ root: Fields) -> [String] {
        guard root.has("languages") else { return ["en"] }
        var codes: [String] = []
        for item in root.list("languages", example: "[en, fr, ar, es, ru, zh]") {
            let code = item.scalar?.string ?? ""
            guard Translation.languages.contains(code) else {
                root.diagnostics.error(root.origin.location(of: item), "`\(code)` is not one of ITU's six official languages.",
                                       hint: Suggestion.hint(for: code, in: Translation.languages))
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        if codes.first != "en" {
            root.diagnostics.error(root.location(of: "languages"), "the first language must be `en`: the content is written in English.",
                                   hint: "write `languages: [en, fr, ...]`.")
            codes.removeAll { $0 == "en" }
            codes.insert("en", at: 0)
        }
        return codes
    }

    static let personKeys = ["name", "title", "telephone", "email"]

    /// Reads a contact person (`contact: true` requires telephone and e-mail) or a signatory.
    static func readPerson(_ fields: Fields?, contact: Bool) -> Site.Person? {
        guard let fields else { return nil }
        let name = fields.string("name", required: true, example: "Ms Jane Doe")
        let title = fields.string("title", required: true, example: "Programme Coordinator")
        let telephone = fields.string("telephone", required: contact, example: "+41 22 730 5000")
        let email = fields.string("email", required: contact, example: "someone@itu.int")
        if let email { _ = LinkChecks.checkEmail(email, at: fields.location(of: "email"), diagnostics: fields.diagnostics) }
        guard let name, let title else { return nil }
        return Site.Person(name: name, title: title, telephone: telephone, email: email)
    }

    private static func readProcesses(_ root: Fields, diagnostics: Diagnostics) -> [Site.Process] {
        var seen: [String: SourceLocation] = [:]
        return root.fieldsList("processes", keys: ["id", "name"], itemName: "a process", required: true).compactMap { item in
            let id = item.string("id", required: true, example: "wsis")
            let name = item.string("name", required: true, example: "World Summit on the Information Society (WSIS)")
            guard let id, let name else { return nil }
            if let first = seen[id] {
                diagnostics.error(item.location(of: "id"), "the process id `\(id)` is used twice (first at line \(first.line)).",
                                  hint: "give each process its own id.")
                return nil
            }
            seen[id] = item.location(of: "id")
            return Site.Process(id: id, name: name)
        }
    }
}
