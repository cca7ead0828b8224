/// The named styles of the reference document that the Word writer uses, by their names in Word.
enum WordStyle: String, CaseIterable, Sendable {
    case normal = "Normal"
    case title = "Title"
    case heading1 = "heading 1"
    case heading2 = "heading 2"
    case heading3 = "heading 3"
    case heading4 = "heading 4"
    case boxHeading = "Box Heading"
    case listNumber = "List Number"
    case listBullet = "List Bullet"
    case caption = "caption"
    case signature = "Signature"
    case quote = "Quote"
    case preformatted = "HTML Preformatted"
    case header = "header"
    case footer = "footer"
    case hyperlink = "Hyperlink"
    case code = "HTML Code"
    case table = "Table"

    /// The style's name as Word shows it (`Heading 1`, `Caption`).
    var displayName: String {
        let name = rawValue
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    var kind: String {
        switch self {
        case .hyperlink, .code: "character"
        case .table: "table"
        default: "paragraph"
        }
    }

    /// Word's own id for the style: `heading 1` → `Heading1`.
    var fallbackID: String { displayName.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }

    /// What the Word files use the style for, in the message about a reference document without it.
    var use: String {
        switch self {
        case .normal: "paragraphs"
        case .title: "the document's title"
        case .heading1, .heading2, .heading3, .heading4: "headings"
        case .boxHeading: "the headings in the Summary box"
        case .listNumber: "numbered paragraphs"
        case .listBullet: "bulleted lists"
        case .caption: "the captions of tables"
        case .signature: "the letter's signature"
        case .quote: "quotations"
        case .preformatted: "preformatted text"
        case .header: "the running header with the document symbol"
        case .footer: "page numbers"
        case .hyperlink: "links"
        case .code: "code in text"
        case .table: "tables"
        }
    }
}

/// Small helpers for writing and reading WordprocessingML as text.
enum WordXML {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// `text` for XML content or a quoted attribute: escaped, and without the characters XML 1.0
    /// cannot hold (control characters, lone surrogates' replacements aside), which would make the
    /// whole file unreadable to Word.
    static func escape(_ text: String) -> String {
        // Most text needs nothing done.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF || (0x7F...0x9F).contains(value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The value of attribute `name` in a tag's text (`w:val` in `<w:name w:val="Title"/>`).
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " " + name + "=\"") ?? tag.range(of: name + "=\"").flatMap({ $0.lowerBound == tag.startIndex ? $0 : nil })
        else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The first element `name` in `xml`, whole: `<w:pgSz .../>` or `<w:cols ...>...</w:cols>`.
    static func element(_ name: String, in xml: Substring) -> String? {
        var search = xml.startIndex
        while let start = xml.range(of: "<" + name, range: search..<xml.endIndex) {
            search = start.upperBound
            guard let next = xml[start.upperBound...].first, next == " " || next == "/" || next == ">" else { continue }
            guard let close = xml[start.upperBound...].firstIndex(of: ">") else { return nil }
            if xml[xml.index(before: close)] == "/" { return String(xml[start.lowerBound...close]) }
            guard let end = xml.range(of: "</" + name + ">", range: close..<xml.endIndex) else { return nil }
            return String(xml[start.lowerBound..<end.upperBound])
        }
        return nil
    }
}
