/// Reads and checks `content/<YYYY>/report.md`.
enum ReportReader {
    static func read(_ file: FrontMatterFile, memberStates: [MemberState], diagnostics: Diagnostics) -> Report? {
        let origin = YAMLOrigin(path: file.path, lineOffset: file.yamlLineOffset)
        guard file.yaml != nil || !diagnostics.hasErrors(in: file.path),
            let root = Fields(file.yaml, origin: origin, diagnostics: diagnostics, name: "the report file", keys: ["report", "advice"])
        else { return nil }
        let fields = root.fields("report", keys: YearReader.documentKeys + ["status"], required: true)
        let info = YearReader.readDocument(fields, what: "report")
        let status: Report.Status = fields?.choice("status") ?? .draft
        let advice = root.fieldsList("advice", keys: ["from", "date", "text"], itemName: "an item of advice").compactMap { item -> Report.Advice? in
            let from = item.memberStateCodes("from", memberStates: memberStates, required: false, twice: ("in `from`", "name each Member State once."))
            let text = item.string("text", required: true, example: "The advice, in a sentence or two")
            return text.map { Report.Advice(from: from, date: item.day("date"), text: $0) }
        }
        guard let info else { return nil }
        return Report(path: file.path, info: info, status: status, advice: advice, introduction: file.body)
    }
}
