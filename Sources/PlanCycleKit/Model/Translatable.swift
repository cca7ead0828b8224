/// The shape a translation file of one kind may have: which keys, nested how.
indirect enum TranslationShape: Sendable {
    case text
    case list
    case object([String: TranslationShape])
    /// A list matched with the original's by position.
    case byPosition(TranslationShape)
    /// A list of blocks matched with the original's by the value of a key (e.g. `id`).
    case byKey(String, TranslationShape)
}

/// The translatable fields of one kind of content, declared once: each field's path in a
/// translation file (`resources.itu.0.roles`) and where it sits in the model. Reading a translation
/// (the keys it may have), fingerprinting an original (`source_hash`, `source_fields`) and
/// localizing content all come from these tables (`Translatables`).
struct Translatable<Root>: @unchecked Sendable {
    // Unchecked: built once into a `static let` and never changed.

    /// One field, or a list of items with fields of their own.
    struct Field {
        /// Its path below its parent, dotted for nested keys: `impact.reasons`.
        let path: String
        let shape: TranslationShape
        /// Adds the field's text in `root` to `text`, under `prefix`.
        let collect: (Root, String, inout TranslatableText) -> Void
        /// Applies a translation's text under `prefix` to `root`.
        let apply: (inout Root, String, Translation) -> Void

        /// A text field. `fingerprinted`: whether it counts in the original's fingerprint (an annex
        /// read from a file has its own translations, and does not).
        static func text(_ path: String, _ field: WritableKeyPath<Root, String>, fingerprinted: ((Root) -> Bool)? = nil) -> Field {
            Field(path: path, shape: .text,
                  collect: { root, prefix, text in
                      if fingerprinted?(root) ?? true { text.texts[prefix + path] = root[keyPath: field] }
                  },
                  apply: { root, prefix, t in if let value = t.texts[prefix + path] { root[keyPath: field] = value } })
        }

        /// A text field the original may leave out: translated only when the original has it.
        static func text(_ path: String, _ field: WritableKeyPath<Root, String?>) -> Field {
            Field(path: path, shape: .text,
                  collect: { root, prefix, text in if let value = root[keyPath: field] { text.texts[prefix + path] = value } },
                  apply: { root, prefix, t in
                      if root[keyPath: field] != nil, let value = t.texts[prefix + path] { root[keyPath: field] = value }
                  })
        }

        static func list(_ path: String, _ field: WritableKeyPath<Root, [String]>) -> Field {
            Field(path: path, shape: .list,
                  collect: { root, prefix, text in text.lists[prefix + path] = root[keyPath: field] },
                  apply: { root, prefix, t in if let values = t.lists[prefix + path] { root[keyPath: field] = values } })
        }

        /// A list whose items a translation matches by position: `resources.itu.0.roles`.
        static func byPosition<Item>(_ path: String, _ items: WritableKeyPath<Root, [Item]>, _ fields: [Translatable<Item>.Field]) -> Field {
            Field(path: path, shape: .byPosition(.object(Translatable<Item>.shape(of: fields))),
                  collect: { root, prefix, text in
                      for (index, item) in root[keyPath: items].enumerated() {
                          for field in fields { field.collect(item, "\(prefix)\(path).\(index).", &text) }
                      }
                  },
                  apply: { root, prefix, t in
                      for index in root[keyPath: items].indices {
                          for field in fields { field.apply(&root[keyPath: items][index], "\(prefix)\(path).\(index).", t) }
                      }
                  })
        }

        /// A list whose items a translation matches by an id: `milestones.TL01.opportunity`.
        static func byKey<Item>(
            _ path: String, _ items: WritableKeyPath<Root, [Item]>, id: KeyPath<Item, String>, idKey: String = "id",
            _ fields: [Translatable<Item>.Field]
        ) -> Field {
            Field(path: path, shape: .byKey(idKey, .object(Translatable<Item>.shape(of: fields))),
                  collect: { root, prefix, text in
                      for item in root[keyPath: items] {
                          for field in fields { field.collect(item, "\(prefix)\(path).\(item[keyPath: id]).", &text) }
                      }
                  },
                  apply: { root, prefix, t in
                      for index in root[keyPath: items].indices {
                          let key = root[keyPath: items][index][keyPath: id]
                          for field in fields { field.apply(&root[keyPath: items][index], "\(prefix)\(path).\(key).", t) }
                      }
                  })
        }
    }

    let fields: [Field]
    /// The Markdown body, for kinds that have one.
    var body: WritableKeyPath<Root, String>?
    /// Where the language of the text and its staleness are recorded, for kinds that record them.
    var language: (text: WritableKeyPath<Root, String>, isStale: WritableKeyPath<Root, Bool>)?

    /// The keys a translation of this kind may have, nested.
    var shape: [String: TranslationShape] { Self.shape(of: fields) }

    /// The original's translatable text, flattened to paths.
    func text(of root: Root) -> TranslatableText {
        var text = TranslatableText()
        for field in fields { field.collect(root, "", &text) }
        text.body = body.map { root[keyPath: $0] }
        return text
    }

    /// `root` with the translation's text in place of the original's, marked with its language.
    func applying(_ translation: Translation, to root: Root) -> Root {
        var copy = root
        for field in fields { field.apply(&copy, "", translation) }
        if let body, let text = translation.body { copy[keyPath: body] = text }
        if let language {
            copy[keyPath: language.text] = translation.language
            copy[keyPath: language.isStale] = translation.isStale
        }
        return copy
    }

    /// Dotted paths as nested objects: `impact.reasons` is `impact: {reasons: text}`.
    static func shape(of fields: [Field]) -> [String: TranslationShape] {
        var shape: [String: TranslationShape] = [:]
        for field in fields { insert(field.shape, at: field.path.split(separator: ".").map(String.init)[...], into: &shape) }
        return shape
    }

    private static func insert(_ leaf: TranslationShape, at path: ArraySlice<String>, into shape: inout [String: TranslationShape]) {
        guard let key = path.first else { return }
        guard path.count > 1 else {
            shape[key] = leaf
            return
        }
        var inner: [String: TranslationShape] = [:]
        if case .object(let existing) = shape[key] { inner = existing }
        insert(leaf, at: path.dropFirst(), into: &inner)
        shape[key] = .object(inner)
    }
}
