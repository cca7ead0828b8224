/// A number that a phrase counts things with ("3 circular letters"): it prints as the
/// language writes numbers, and tells a plural phrase which of its forms to use.
///
/// A plural phrase is inlined as `{{#count.ru.few}}...{{/count.ru.few}}` for each category of
/// the language (see `LabelInliner`): `count.ru` is a `Selector`, whose `few` is true when the
/// number is in Russian's `few` category.
struct Count: TemplateObject, CustomStringConvertible {
    let value: Int
    let description: String

    /// - Parameter description: the number as the language writes it.
    init(_ value: Int, description: String) {
        self.value = value
        self.description = description
    }

    func child(named language: String) -> TemplateData? { .object(Selector(category: PluralRules.category(of: value, in: language))) }
    var text: String { description }

    /// The plural category of a count in one language: `true` for its own category's name.
    struct Selector: TemplateObject {
        let category: PluralCategory
        func child(named name: String) -> TemplateData? { .bool(name == category.rawValue) }
    }
}
