import Mustache

/// What a template name resolves to: the values PlanCycle gives its templates, as a closed set
/// that the renderer switches over without a dynamic cast.
enum TemplateData {
    /// Nothing: an absent optional. A lookup that finds it goes on to the enclosing contexts, as
    /// a name that is not there does.
    case absent
    case bool(Bool)
    /// Text, or a number as text.
    case text(String)
    case list(any TemplateList)
    case object(any TemplateObject)

    /// A value's text where a tag prints it, as swift-mustache prints it (`String(describing:)`).
    var text: String {
        switch self {
        case .absent: ""
        case .bool(let value): value ? "true" : "false"
        case .text(let text): text
        case .list(let list): list.text
        case .object(let object): object.text
        }
    }

    /// The value named `name` inside this one; nil when it has none.
    func child(named name: String) -> TemplateData? {
        guard case .object(let object) = self, let child = object.child(named: name) else { return nil }
        if case .absent = child { return nil }
        return child
    }
}

/// A value with named fields: a template context, or a count.
protocol TemplateObject {
    /// The field `name`; nil when this object has none.
    func child(named name: String) -> TemplateData?
    /// What `{{name}}` prints for the object itself.
    var text: String { get }
}

extension TemplateObject {
    var text: String { String(describing: self) }
}

/// A list that a section shows once for each item.
protocol TemplateList {
    var count: Int { get }
    func item(at index: Int) -> TemplateData
    /// What `{{name}}` prints for the list itself.
    var text: String { get }
}

extension Array: TemplateList where Element: TemplateValue {
    func item(at index: Int) -> TemplateData { self[index].templateData }
    var text: String { String(describing: self) }
}

/// A `TemplateData` as swift-mustache reads values, for templates that use what `CompiledTemplate`
/// leaves to it (transforms, inheritance, pragmas).
struct MustacheBox: MustacheParent, CustomStringConvertible {
    let object: any TemplateObject

    static func value(_ data: TemplateData) -> Any? {
        switch data {
        case .absent: nil
        case .bool(let value): value
        case .text(let text): text
        case .list(let list): (0..<list.count).map { value(list.item(at: $0)) as Any }
        case .object(let object): MustacheBox(object: object)
        }
    }

    func child(named name: String) -> Any? { object.child(named: name).flatMap(Self.value) }
    var description: String { object.text }
}
