/// Reads translation files: only the free-text fields of each kind of original, each checked like
/// the original's, flattened to paths (`resources.itu.0.roles`).
enum TranslationReader {
    /// Reads a translation whose YAML root is `node`.
    static func read(
        _ node: YAMLNode?, kind: Translation.Kind, language: String, path: String, lineOffset: Int, originalPath: String,
        target: DocumentRef?, body: String?, diagnostics: Diagnostics
    ) -> Translation? {
        let origin = YAMLOrigin(path: path, lineOffset: lineOffset)
        let shape = Translatables.shape(of: kind)
        guard let root = Fields(node, origin: origin, diagnostics: diagnostics, name: "the translation",
                                keys: ["source_fields", "source_hash"] + shape.keys.sorted())
        else { return nil }
        var translation = Translation(
            kind: kind, language: language, path: path, originalPath: originalPath, target: target,
            sourceHash: root.string("source_hash"), sourceHashLocation: root.location(of: "source_hash"),
            texts: [:], lists: [:], body: body, locations: [:])
        for item in root.strings("source_fields", example: "[title=1a2b3c, body=4d5e6f]") {
            let parts = item.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { translation.sourceFields[String(parts[0])] = String(parts[1]) }
        }
        read(root, shape: shape, prefix: "", into: &translation)
        return translation
    }

    private static func read(_ fields: Fields, shape: [String: TranslationShape], prefix: String, into translation: inout Translation) {
        for (key, kind) in shape.sorted(by: { $0.key < $1.key }) where fields.has(key) {
            let path = prefix + key
            translation.locations[path] = fields.location(of: key)
            switch kind {
            case .text:
                if let text = fields.string(key) { translation.texts[path] = text }
            case .list:
                translation.lists[path] = fields.strings(key)
            case .object(let inner):
                if let nested = fields.fields(key, keys: inner.keys.sorted()) {
                    read(nested, shape: inner, prefix: path + ".", into: &translation)
                }
            case .byPosition(.object(let inner)):
                for (index, item) in fields.fieldsList(key, keys: inner.keys.sorted(), itemName: "an item of `\(key)`").enumerated() {
                    translation.locations["\(path).\(index)"] = item.location
                    read(item, shape: inner, prefix: "\(path).\(index).", into: &translation)
                }
            case .byKey(let idKey, .object(let inner)):
                for item in fields.fieldsList(key, keys: [idKey] + inner.keys.sorted(), itemName: "an item of `\(key)`") {
                    guard let id = item.string(idKey, required: true, example: "the original's \(idKey)") else { continue }
                    translation.locations["\(path).\(id)"] = item.location(of: idKey)
                    read(item, shape: inner, prefix: "\(path).\(id).", into: &translation)
                }
            default:
                continue
            }
        }
    }
}
