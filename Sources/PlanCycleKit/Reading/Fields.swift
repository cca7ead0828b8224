import Foundation
/// Where a YAML tree came from, to turn its marks into file positions.
struct YAMLOrigin {
    let path: String
    let lineOffset: Int

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }
}

/// Reads the fields of one YAML mapping with their types checked, reporting every problem
/// (missing, mistyped, unknown keys) at its line and column.
struct Fields {
    let origin: YAMLOrigin
    let diagnostics: Diagnostics
    /// Where the mapping starts: missing fields are reported here.
    let location: SourceLocation
    /// How the mapping is named in messages, e.g. "the activity" or "`impact`".
    let name: String
    private let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]
    /// Fields written under a misspelt key: their "did you mean" error is the one to fix, so they
    /// are not reported again as missing.
    private let misspelt: Set<String>

    /// Reads `node` as a mapping with the given keys; reports unknown keys with a "did you mean".
    /// Returns nil (after reporting) when the node is not a mapping.
    init?(
        _ node: YAMLNode?, origin: YAMLOrigin, diagnostics: Diagnostics, name: String, keys: [String],
        at fallback: SourceLocation? = nil
    ) {
        self.origin = origin
        self.diagnostics = diagnostics
        self.name = name
        self.location = node == nil ? (fallback ?? origin.location(of: nil)) : origin.location(of: node)
        guard let node, !Fields.isNull(node) else {
            pairs = []
            misspelt = []
            return
        }
        guard let mapping = node.mapping else {
            diagnostics.error(
                origin.location(of: node), "\(name) should be a block of `key: value` lines, not \(Fields.kind(of: node)).")
            return nil
        }
        var pairs: [(String, YAMLNode, YAMLNode)] = []
        var misspelt: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if !keys.contains(key) {
                if let meant = Suggestion.closest(to: key, in: keys) { misspelt.insert(meant) }
                diagnostics.error(
                    origin.location(of: keyNode), "\(name) has no field `\(key)`.",
                    hint: Suggestion.hint(for: key, in: keys, allowedLabel: "Fields"))
                continue
            }
            pairs.append((key, keyNode, value))
        }
        self.pairs = pairs
        self.misspelt = misspelt.subtracting(pairs.map(\.0))
    }

    // MARK: - Access

    /// The value node of `key`, or nil when absent or written with no value.
    func node(_ key: String) -> YAMLNode? {
        guard let value = pairs.first(where: { $0.key == key })?.value, !Fields.isNull(value) else { return nil }
        return value
    }

    /// The position of `key`'s value, or of the mapping when the key is absent.
    func location(of key: String) -> SourceLocation {
        if let pair = pairs.first(where: { $0.key == key }) {
            return Fields.isNull(pair.value) ? origin.location(of: pair.keyNode) : origin.location(of: pair.value)
        }
        return location
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    func missing(_ key: String, example: String) {
        let present = pairs.first { $0.key == key }
        if present == nil, misspelt.contains(key) { return }
        let at = present.map { origin.location(of: $0.keyNode) } ?? location
        let what = present == nil ? "is missing the field `\(key)`" : "has no value for `\(key)`"
        let hint = example.hasPrefix("(") ? "add a `\(key):` block with its fields, as in the README's example."
            : "add `\(key): \(example)`."
        diagnostics.error(at, "\(name) \(what).", hint: hint)
    }

    // MARK: - Typed values

    /// A single line or block of text.
    func string(_ key: String, required: Bool = false, example: String = "...") -> String? {
        guard let value = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard let scalar = value.scalar else {
            diagnostics.error(
                origin.location(of: value), "`\(key)` should be text, not \(Fields.kind(of: value)).",
                hint: "write `\(key): \(example)`.")
            return nil
        }
        let text = scalar.string.trimmed
        if text.isEmpty, required {
            missing(key, example: example)
            return nil
        }
        return text
    }

    /// A whole number within `range`.
    func int(_ key: String, required: Bool = false, in range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let text = string(key, required: required, example: "\(range.lowerBound + 1)") else { return nil }
        guard let number = Int(text), range.contains(number) else {
            // The number the officer meant, when the value holds just one (`about 25`, not `2.5`).
            let numbers = text.split { !($0.isASCII && $0.isNumber) }
            let meant = numbers.count == 1 ? Int(numbers[0]).flatMap { range.contains($0) ? $0 : nil } : nil
            diagnostics.error(
                location(of: key), "`\(key)` should be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(text)`.",
                hint: "write the number alone, in digits, e.g. `\(key): \(meant ?? range.lowerBound + 1)`.")
            return nil
        }
        return number
    }

    /// `true` or `false`; absent is `defaultValue`.
    func bool(_ key: String, default defaultValue: Bool = false) -> Bool {
        guard let text = string(key) else { return defaultValue }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            diagnostics.error(
                location(of: key), "`\(key)` should be `true` or `false`, not `\(text)`.",
                hint: "write `\(key): true` or `\(key): false`.")
            return defaultValue
        }
    }

    /// A calendar day written `YYYY-MM-DD`, checked strictly.
    func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required, example: "2026-01-15") else { return nil }
        guard let day = Day(iso: text) else {
            diagnostics.error(location(of: key), Day.problem(with: text, field: key), hint: "write the date as YYYY-MM-DD, e.g. `2026-07-06`.")
            return nil
        }
        return day
    }

    /// One of a fixed set of values.
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> E? where E.RawValue == String {
        let allowed = E.allCases.map(\.rawValue)
        guard let text = string(key, required: required, example: allowed.first ?? "") else { return nil }
        return Fields.parse(text, allowed: allowed, field: key, at: location(of: key), diagnostics: diagnostics)
    }

    /// A list of items; a single item written without brackets is accepted as a list of one.
    func list(_ key: String, required: Bool = false, example: String = "[...]") -> [YAMLNode] {
        guard let value = node(key) else {
            if required { missing(key, example: example) }
            return []
        }
        if let sequence = value.sequence {
            if required, sequence.isEmpty { missing(key, example: example) }
            return Array(sequence)
        }
        if value.scalar != nil { return [value] }
        diagnostics.error(
            origin.location(of: value), "`\(key)` should be a list, not \(Fields.kind(of: value)).",
            hint: "write `\(key): \(example)`.")
        return []
    }

    /// A list of texts.
    func strings(_ key: String, required: Bool = false, example: String = "[...]") -> [String] {
        let items = list(key, required: required, example: example)
        warnBrokenAtComma(items, key: key)
        return items.compactMap { item in
            guard let scalar = item.scalar else {
                diagnostics.error(origin.location(of: item), "each item of `\(key)` should be text, not \(Fields.kind(of: item)).")
                return nil
            }
            return scalar.string.trimmed
        }
    }

    /// In a `[a, b]` list a comma separates items, so `[Resolution 140 (Rev. Bucharest, 2022)]`
    /// is two items; an item that opens a parenthesis the next item on the same line closes was
    /// broken at a comma. (The tree does not keep a list's style; two items on one line are in `[ ]`.)
    private func warnBrokenAtComma(_ items: [YAMLNode], key: String) {
        let texts = items.map { $0.scalar?.string ?? "" }
        func balance(_ text: String) -> Int { text.filter { $0 == "(" }.count - text.filter { $0 == ")" }.count }
        for index in texts.indices.dropLast() where balance(texts[index]) > 0 && balance(texts[index + 1]) < 0
            && items[index].mark.line == items[index + 1].mark.line
        {
            diagnostics.warning(origin.location(of: items[index]),
                                "this item of `\(key)` looks like a sentence broken at a comma: `\(texts[index])` and `\(texts[index + 1])` are two items.",
                                hint: "in a `[ ]` list a comma separates items: put the item in double quotes, or write the list as lines starting with `- `.")
        }
    }

    /// A list of values from a fixed set, each checked with a "did you mean".
    func choices<E: RawRepresentable & CaseIterable>(_ key: String, required: Bool = false) -> [E] where E.RawValue == String {
        let allowed = E.allCases.map(\.rawValue)
        return list(key, required: required, example: "[\(allowed.first ?? "")]").compactMap { item in
            guard let text = item.scalar?.string else {
                diagnostics.error(origin.location(of: item), "each item of `\(key)` should be one word, not \(Fields.kind(of: item)).")
                return nil
            }
            return Fields.parse(text, allowed: allowed, field: key, at: origin.location(of: item), diagnostics: diagnostics)
        }
    }

    /// A nested block of fields.
    func fields(_ key: String, keys: [String], required: Bool = false) -> Fields? {
        guard let value = node(key) else {
            if required { missing(key, example: "(a block of fields)") }
            return nil
        }
        return Fields(value, origin: origin, diagnostics: diagnostics, name: "`\(key)`", keys: keys)
    }

    /// Each item of a list read as a block of fields.
    func fieldsList(_ key: String, keys: [String], itemName: String, required: Bool = false) -> [Fields] {
        list(key, required: required, example: "(a list of blocks)").compactMap {
            Fields($0, origin: origin, diagnostics: diagnostics, name: itemName, keys: keys)
        }
    }

    // MARK: - Helpers

    static func parse<E: RawRepresentable>(
        _ text: String, allowed: [String], field: String, at location: SourceLocation, diagnostics: Diagnostics
    ) -> E? where E.RawValue == String {
        let trimmed = text.trimmed
        if let value = E(rawValue: trimmed) { return value }
        diagnostics.error(
            location, "`\(trimmed)` is not an allowed value of `\(field)`.",
            hint: Suggestion.hint(for: trimmed, in: allowed))
        return nil
    }

    static func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(of node: YAMLNode) -> String {
        switch node {
        case .scalar: return "a single value"
        case .sequence: return "a list"
        case .mapping: return "a block of fields"
        }
    }
}
