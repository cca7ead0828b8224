/// The first version of a translation: the original's translatable text, in the shape a
/// translation file has, with the `source_hash` of the version it copies, ready to be translated.
enum TranslationDraft {
    /// The whole file: YAML for site.yaml's translation, front matter and body for the others.
    static func text(of original: Content.Original, language: String) -> String {
        let shape = Translatables.shape(of: original.kind)
        var lines = [
            "# The \(language) translation of \(original.path). Translate each value and the text below it;",
            "# when the original changes, bring this up to date and run `plancycle translations --mark-current`.",
            "source_hash: \(original.text.fingerprint)",
            original.text.sourceFieldsLine,
        ]
        lines += yaml(shape, prefix: "", text: original.text, indent: "")
        guard original.kind != .site else { return lines.joined(separator: "\n") + "\n" }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + (original.text.body ?? "")
    }

    /// The lines of the fields of `shape` under `prefix` that the original has.
    private static func yaml(_ shape: [String: TranslationShape], prefix: String, text: TranslatableText, indent: String) -> [String] {
        var lines: [String] = []
        for (key, kind) in shape.sorted(by: { $0.key < $1.key }) {
            let path = prefix + key
            switch kind {
            case .text:
                if let value = text.texts[path] { lines += scalar(key, value, indent: indent) }
            case .list:
                if let values = text.lists[path] { lines.append(indent + key + ": [" + values.map(Manifest.quoted).joined(separator: ", ") + "]") }
            case .object(let inner):
                let nested = yaml(inner, prefix: path + ".", text: text, indent: indent + "  ")
                if !nested.isEmpty { lines += [indent + key + ":"] + nested }
            case .byPosition(.object(let inner)):
                let items = itemKeys(under: path, in: text).compactMap(Int.init).sorted().map(String.init)
                lines += list(key, items: items, idKey: nil, inner: inner, path: path, text: text, indent: indent)
            case .byKey(let idKey, .object(let inner)):
                lines += list(key, items: itemKeys(under: path, in: text).sorted(), idKey: idKey, inner: inner, path: path, text: text, indent: indent)
            default:
                continue
            }
        }
        return lines
    }

    /// A list of blocks, one per item (`0`, `1`, ... or ids).
    private static func list(
        _ key: String, items: [String], idKey: String?, inner: [String: TranslationShape], path: String, text: TranslatableText,
        indent: String
    ) -> [String] {
        guard !items.isEmpty else { return [] }
        var lines = [indent + key + ":"]
        for item in items {
            var block = idKey.map { [indent + "    " + $0 + ": " + Manifest.quoted(item)] } ?? []
            block += yaml(inner, prefix: "\(path).\(item).", text: text, indent: indent + "    ")
            guard let first = block.first else { continue }
            lines.append(indent + "  - " + first.dropFirst(indent.count + 4))
            lines += block.dropFirst()
        }
        return lines
    }

    /// The item keys (`0`, `TL01`) of the texts under `path`.
    private static func itemKeys(under path: String, in text: TranslatableText) -> Set<String> {
        Set(text.texts.keys.filter { $0.hasPrefix(path + ".") }.compactMap { $0.dropFirst(path.count + 1).split(separator: ".").first.map(String.init) })
    }

    /// `key: "value"`, or a literal block for text of several lines.
    private static func scalar(_ key: String, _ value: String, indent: String) -> [String] {
        let lines = value.components(separatedBy: "\n")
        guard lines.count > 1, !(lines.first ?? "").hasPrefix(" ") else { return [indent + key + ": " + Manifest.quoted(value)] }
        return [indent + key + ": |-"] + lines.map { $0.isEmpty ? "" : indent + "  " + $0 }
    }
}
