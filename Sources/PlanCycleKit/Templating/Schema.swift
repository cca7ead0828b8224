/// The shape of the values a document gives its template, to check template tags against.
public indirect enum Schema: Sendable {
    /// Text, a number or a flag: no fields of its own.
    case value
    /// A number of things that a phrase counts (`Count`): a phrase that prints it gives its
    /// forms by plural category.
    case count
    /// Named fields.
    case object([String: Schema])
    /// A list; sections over it see each item.
    case list(Schema)

    /// The field `name` of this schema, if any.
    func field(_ name: String) -> Schema? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }

    /// What a section over this value shows to the names inside it.
    var sectionScope: Schema {
        if case .list(let item) = self { return item }
        return self
    }

    /// The names of the fields, for "did you mean".
    var fieldNames: [String] {
        guard case .object(let fields) = self else { return [] }
        return fields.keys.sorted()
    }

    /// Merges two object schemas (the second's fields win).
    func merging(_ other: Schema) -> Schema {
        guard case .object(let a) = self, case .object(let b) = other else { return other }
        return .object(a.merging(b) { $1 })
    }
}
