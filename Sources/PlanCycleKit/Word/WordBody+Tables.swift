// Tables: HTML tables, definition lists, and the side-by-side and boxed parts of a document's head.
extension WordBody {
    struct Cell {
        var nodes: [HTMLNode]
        var context: Context
        var span = 1
    }

    struct Row {
        var cells: [Cell]
        var isHeader = false
    }

    enum Look {
        /// The reference document's style Table.
        case grid
        /// No borders: parts of a page set side by side.
        case plain
        /// One box around it all.
        case box
    }

    func table(_ element: HTMLElement, _ context: Context) {
        flushParagraph()
        var rows: [Row] = []
        func add(_ row: HTMLElement, header: Bool) {
            let rowContext = context.entering(row)
            let cells = row.childElements.filter { $0.name == "th" || $0.name == "td" }.map { cell in
                var cellContext = rowContext.entering(cell)
                cellContext.style = .normal
                cellContext.listIndent = nil
                if cell.name == "th" { cellContext.format.bold = true }
                return Cell(nodes: cell.children, context: cellContext, span: max(1, min(63, cell["colspan"].flatMap { Int($0) } ?? 1)))
            }
            rows.append(Row(cells: cells, isHeader: header))
        }
        var caption: HTMLElement?
        for child in element.childElements {
            switch child.name {
            case "caption": caption = child
            case "thead": child.childElements.filter { $0.name == "tr" }.forEach { add($0, header: true) }
            case "tbody", "tfoot": child.childElements.filter { $0.name == "tr" }.forEach { add($0, header: false) }
            case "tr": add(child, header: false)
            default: break
            }
        }
        // A table of many columns is set on a page of its own turned to landscape, as in ITU's documents.
        let wide = cellDepth == 0 && Self.columns(rows) >= WordElements.landscapeColumns
        if wide { sectionBreak(landscape: false) }
        if let caption { block(caption, context.entering(caption), style: .caption) }
        emit(rows, look: .grid, widths: nil, width: wide ? reference.landscapeTextWidth : reference.textWidth, context: context.entering(element))
        if wide { sectionBreak(landscape: true) }
    }

    static func columns(_ rows: [Row]) -> Int { rows.map { $0.cells.reduce(0) { $0 + $1.span } }.max() ?? 1 }

    /// A definition list as a table of two columns: each term beside its definitions.
    func definitions(_ element: HTMLElement, _ context: Context) {
        flushParagraph()
        var rows: [Row] = []
        for child in element.childElements {
            let childContext = context.entering(child)
            if child.name == "dt" {
                var term = childContext
                term.format.bold = true
                term.style = .normal
                rows.append(Row(cells: [Cell(nodes: [.element(child)], context: term), Cell(nodes: [], context: childContext)]))
            } else if child.name == "dd" {
                if rows.isEmpty { rows.append(Row(cells: [Cell(nodes: [], context: childContext), Cell(nodes: [], context: childContext)])) }
                rows[rows.count - 1].cells[1].nodes.append(.element(child))
            }
        }
        emit(rows, look: .grid, widths: [3, 7], width: reference.textWidth, context: context)
    }

    /// The parts of a `doc-header` or `letter-head` side by side.
    func sideBySide(_ element: HTMLElement, _ context: Context) {
        flushParagraph()
        let cells = element.childElements.map { Cell(nodes: [.element($0)], context: context) }
        emit([Row(cells: cells)], look: .plain, widths: nil, width: reference.textWidth, context: context)
    }

    /// A `summary-box`: its content in one boxed cell.
    func box(_ element: HTMLElement, _ context: Context) {
        flushParagraph()
        var inner = context
        inner.inBox = true
        emit([Row(cells: [Cell(nodes: element.children, context: inner)])], look: .box, widths: nil, width: reference.textWidth, context: context)
    }

    /// Writes a table. `widths` are the columns' shares of the text width (equal if nil).
    private func emit(_ rows: [Row], look: Look, widths: [Int]?, width: Int, context: Context) {
        let rows = rows.filter { !$0.cells.isEmpty }
        guard !rows.isEmpty else { return }
        let columns = Self.columns(rows)
        let columnWidths: [Int]
        if let widths, widths.count == columns {
            columnWidths = widths.map { width * $0 / widths.reduce(0, +) }
        } else {
            let texts = rows.map { $0.cells.map { (span: $0.span, text: Self.plainText($0.nodes)) } }
            columnWidths = TableWidths.columns(texts, count: columns, width: width)
        }
        // Two tables one after the other would be one table in Word: a paragraph keeps them apart;
        // a table that starts a new page (an annex) starts with one that carries the break.
        if lastWasTable || pageBreakPending {
            xml += emptyParagraph(rightToLeft: context.paragraphRightToLeft, pageBreak: pageBreakPending)
            pageBreakPending = false
        }
        var table = "<w:tbl><w:tblPr>"
        if look == .grid { table += "<w:tblStyle w:val=\"\(WordXML.escape(reference.id(.table)))\"/>" }
        if context.paragraphRightToLeft { table += "<w:bidiVisual/>" }
        table += "<w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        switch look {
        case .grid: break
        case .plain: table += "<w:tblBorders>\(Self.borders("nil"))</w:tblBorders>"
        case .box: table += "<w:tblBorders>\(Self.borders("single"))</w:tblBorders>"
        }
        table += "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        table += columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for row in rows {
            table += row.isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr>"
            var column = 0
            for cell in row.cells {
                let width = columnWidths[min(column, columns - 1)..<min(column + cell.span, columns)].reduce(0, +)
                column += cell.span
                table += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(cell.span > 1 ? "<w:gridSpan w:val=\"\(cell.span)\"/>" : "")</w:tcPr>"
                table += content(of: cell) + "</w:tc>"
            }
            table += "</w:tr>"
        }
        xml += table + "</w:tbl>"
        lastWasTable = true
    }

    /// A cell's paragraphs (a cell holds at least one, and ends with one).
    private func content(of cell: Cell) -> String {
        let outside = (xml, lastWasTable, pageBreakPending)
        cellDepth += 1
        defer { cellDepth -= 1 }
        xml = ""
        lastWasTable = false
        pageBreakPending = false
        write(cell.nodes, cell.context)
        flushParagraph()
        if xml.isEmpty || lastWasTable { xml += emptyParagraph(rightToLeft: cell.context.paragraphRightToLeft) }
        let content = xml
        (xml, lastWasTable, pageBreakPending) = outside
        return content
    }

    static func plainText(_ nodes: [HTMLNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): WordElements.leftOut(element) ? "" : element.text + " "
            }
        }.joined()
    }

    static func borders(_ value: String) -> String {
        ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"\(value)\"\(value == "nil" ? "" : " w:sz=\"4\" w:space=\"0\" w:color=\"auto\"")/>"
        }.joined()
    }
}

extension HTMLElement {
    var childElements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }
}
