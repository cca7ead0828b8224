@testable import PlanCycleKit

/// Plain data for templates, as the Mustache spec and the comparison with swift-mustache give it.
struct DataObject: TemplateObject {
    let fields: [String: TemplateData]
    func child(named name: String) -> TemplateData? { fields[name] }
}

struct DataList: TemplateList {
    let items: [TemplateData]
    var count: Int { items.count }
    func item(at index: Int) -> TemplateData { items[index] }
    /// As swift-mustache prints the list it is given (`MustacheBox.value`).
    var text: String { String(describing: items.map { MustacheBox.value($0) as Any }) }
}

extension TemplateData {
    /// A value read from YAML (Yams' `load`): maps, lists, text, numbers, flags and null.
    init(yaml value: Any?) {
        switch value {
        case let map as [String: Any]: self = .object(DataObject(fields: map.mapValues { TemplateData(yaml: $0) }))
        case let list as [Any]: self = .list(DataList(items: list.map { TemplateData(yaml: $0) }))
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .text(String(number))
        case let number as Double: self = .text(String(number))
        case let text as String: self = .text(text)
        default: self = .absent
        }
    }
}
