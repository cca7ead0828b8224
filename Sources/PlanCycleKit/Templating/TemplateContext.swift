/// A value a template can be given, whose shape is known from its type: the schema that `check`
/// holds template tags against is derived from these, never written by hand.
protocol TemplateValue {
    static var schema: Schema { get }
    /// What the template is given.
    var templateData: TemplateData { get }
}

extension String: TemplateValue {
    static var schema: Schema { .value }
    var templateData: TemplateData { .text(self) }
}

extension Int: TemplateValue {
    static var schema: Schema { .value }
    var templateData: TemplateData { .text(String(self)) }
}

extension Bool: TemplateValue {
    static var schema: Schema { .value }
    var templateData: TemplateData { .bool(self) }
}

extension Count: TemplateValue {
    static var schema: Schema { .count }
    var templateData: TemplateData { .object(self) }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
    static var schema: Schema { Wrapped.schema }
    var templateData: TemplateData { self?.templateData ?? .absent }
}

extension Array: TemplateValue where Element: TemplateValue {
    static var schema: Schema { .list(Element.schema) }
    var templateData: TemplateData { .list(self) }
}

/// A template's context, or an object inside one: a Swift type whose template names are declared
/// once, in `fields`, as a name and a key path each. Templates read it through `child(named:)`;
/// `check` reads its `schema`. A name that is not declared cannot be rendered, nor checked.
protocol TemplateContext: TemplateValue, TemplateObject {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateContext {
    static var schema: Schema { fields.schema }
    var templateData: TemplateData { .object(self) }

    func child(named name: String) -> TemplateData? { Self.fields.value(name, of: self) }
}

/// The template names of a context type, each read from the value through a key path.
struct TemplateFields<Root>: @unchecked Sendable {
    // Unchecked: built once into a `static let` and never changed; its key paths and closures
    // capture nothing mutable.

    /// One name a template can use, with the shape of its value and how to read it.
    struct Field {
        let name: String
        let schema: Schema
        let read: (Root) -> TemplateData

        /// The field `name`, read with `path`: written as a key path (`\.title`), which Swift turns
        /// into a function, read directly rather than through the key path's generic walk.
        static func field<Value: TemplateValue>(_ name: String, _ path: @escaping (Root) -> Value) -> Field {
            Field(name: name, schema: Value.schema, read: { path($0).templateData })
        }
    }

    private let byName: [String: Field]
    let schema: Schema

    /// - Parameters:
    ///   - fields: the type's own names.
    ///   - parts: names of values it holds, shown at its own level (see `part(_:)`).
    init(_ fields: [Field], parts: [[Field]] = []) {
        var byName: [String: Field] = [:]
        for field in fields + parts.joined() {
            precondition(byName[field.name] == nil, "the template name `\(field.name)` is declared twice for \(Root.self)")
            byName[field.name] = field
        }
        self.byName = byName
        schema = .object(byName.mapValues(\.schema))
    }

    /// The fields of the part at `path`, shown as the holder's own: shared fields such as the page's
    /// language, which every document has at its top level.
    static func part<Part: TemplateContext>(_ path: @escaping (Root) -> Part) -> [Field] {
        Part.fields.byName.values.sorted { $0.name < $1.name }.map { field in
            Field(name: field.name, schema: field.schema, read: { field.read(path($0)) })
        }
    }

    func value(_ name: String, of root: Root) -> TemplateData? { byName[name]?.read(root) }
}
