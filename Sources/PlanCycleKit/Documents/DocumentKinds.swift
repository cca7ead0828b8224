/// The document kinds PlanCycle publishes, in the order their templates are checked.
enum DocumentKinds {
    static let shipped: [any DocumentKind.Type] = [
        SiteIndexDocument.self, YearDocument.self, PlanDocument.self, LettersDocument.self, LetterDocument.self,
        ReportDocument.self,
    ]

    /// The templates a site of these kinds needs: the layout, and each kind's own.
    static func templates(_ documents: [any DocumentKind.Type]) -> [String] {
        [TemplateSet.layout] + documents.map { $0.template }
    }
}

extension TemplateSet {
    /// Loads the templates folder, with the templates of `documents` required.
    static func load(
        from folder: String, documents: [any DocumentKind.Type] = DocumentKinds.shipped, diagnostics: Diagnostics, log: InputLog? = nil
    ) -> TemplateSet? {
        load(from: folder, required: DocumentKinds.templates(documents), diagnostics: diagnostics, log: log)
    }
}

extension TemplateChecker {
    /// Checks the layout and the template of each kind of document against the fields of its context.
    func check(documents: [any DocumentKind.Type], diagnostics: Diagnostics) {
        check(TemplateSet.layout, schema: Page.Context.schema, document: "page layout", diagnostics: diagnostics)
        for kind in documents {
            check(kind.template, schema: kind.schema, document: kind.name, diagnostics: diagnostics)
        }
        if templates.reference != nil {
            WordElementCheck(templates: templates).check(documents.filter { $0.makesWordFile }.map { $0.template }, diagnostics: diagnostics)
        }
    }
}
