import Yams

/// The wording of fixed values, from `Templates/labels/<lang>.yaml`, so that it can change without Swift.
struct Labels {
    /// Label groups (`participation`, `format`, ...) to their values' wording.
    let groups: [String: [String: String]]

    /// Groups and the keys each must have: the raw values of PlanCycle's fixed vocabularies.
    static let required: [String: [String]] = [
        "participation": ParticipationForm.allCases.map(\.rawValue),
        "format": EventFormat.allCases.map(\.rawValue),
        "impact": ImpactRating.allCases.map(\.rawValue),
        "letter_status": LetterStatus.allCases.map(\.rawValue),
        "consultation": ConsultationForm.allCases.map(\.rawValue),
        "outcome_status": Outcome.Status.allCases.map(\.rawValue) + ["none"],
        "result_kind": Outcome.ResultKind.allCases.map(\.rawValue),
    ]

    func label(_ group: String, _ key: String) -> String { groups[group]?[key] ?? key }

    static func load(from path: String, diagnostics: Diagnostics) -> Labels? {
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics),
            let node = YAMLSource.compose(text, path: path, lineOffset: 0, diagnostics: diagnostics)
        else { return nil }
        let origin = YAMLOrigin(path: path, lineOffset: 0)
        guard let root = Fields(node, origin: origin, diagnostics: diagnostics, name: "the label file", keys: required.keys.sorted())
        else { return nil }
        var groups: [String: [String: String]] = [:]
        for (group, keys) in required.sorted(by: { $0.key < $1.key }) {
            guard let fields = root.fields(group, keys: keys, required: true) else { continue }
            var values: [String: String] = [:]
            for key in keys {
                values[key] = fields.string(key, required: true, example: "wording")
            }
            groups[group] = values
        }
        return Labels(groups: groups)
    }
}
