// Lists: each HTML list as Word numbering of its own.
extension WordBody {
    func list(_ element: HTMLElement, _ context: Context) {
        flushParagraph()
        let ordered = element.name == "ol"
        let level = min(8, context.listDepth + 1)
        lists.append(List(ordered: ordered, level: level, start: element["start"].flatMap { Int($0) } ?? 1))
        let id = lists.count
        var inner = context
        inner.listDepth = level
        inner.style = ordered ? .listNumber : .listBullet
        inner.listIndent = 567 * (level + 1)
        for node in element.children {
            switch node {
            case .element(let item) where item.name == "li": listItem(item, inner.entering(item), list: (id, level))
            case .element(let other): self.element(other, inner.entering(other))
            case .text(let text): self.text(text, inner)
            }
        }
        flushParagraph()
    }

    func listItem(_ item: HTMLElement, _ context: Context, list: (id: Int, level: Int)?) {
        flushParagraph()
        pendingNumber = list
        write(item.children, context)
        if pendingNumber != nil { openParagraph(context) }
        flushParagraph()
    }
}
