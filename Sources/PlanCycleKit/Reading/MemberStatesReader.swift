/// Reads and checks `content/member-states.yaml`.
enum MemberStatesReader {
    static func read(_ node: YAMLNode?, path: String, diagnostics: Diagnostics) -> [MemberState] {
        let origin = YAMLOrigin(path: path, lineOffset: 0)
        guard let node, let items = node.sequence else {
            diagnostics.error(origin.location(of: node), "the Member State list should be a list of entries with `code`, `name` and `region`.")
            return []
        }
        var seen: [String: Int] = [:]
        var states: [MemberState] = []
        for item in items {
            guard let fields = Fields(item, origin: origin, diagnostics: diagnostics, name: "a Member State", keys: ["code", "name", "region"])
            else { continue }
            let code = fields.string("code", required: true, example: "ARG")
            let name = fields.string("name", required: true, example: "Argentina")
            let region = fields.string("region", required: true, example: "Americas")
            if let region, !MemberState.regions.contains(region) {
                diagnostics.error(fields.location(of: "region"), "`\(region)` is not an ITU region.", hint: Suggestion.hint(for: region, in: MemberState.regions))
            }
            guard let code, let name, let region else { continue }
            guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                diagnostics.error(fields.location(of: "code"), "`\(code)` is not an ISO 3166-1 alpha-3 code.", hint: "write three capital letters, e.g. `ARG`.")
                continue
            }
            if let line = seen[code] {
                diagnostics.error(fields.location(of: "code"), "`\(code)` is listed twice (first at line \(line)).", hint: "keep one entry per Member State.")
                continue
            }
            seen[code] = fields.location(of: "code").line
            states.append(MemberState(code: code, name: name, region: region))
        }
        return states.sorted { $0.code < $1.code }
    }
}
