import Mustache

/// The Mustache content type `markdown`: values merged into Markdown templates render literally.
///
/// Characters that Markdown or HTML would read as markup become numeric character references.
/// libcmark turns these back into the plain characters in running text, and browsers do the same
/// inside the raw-HTML blocks that templates may write, so the one escaping is right in both.
struct MarkdownContentType: MustacheContentType {
    static let name = "markdown"

    func escapeText(_ text: String) -> String {
        MarkdownContentType.escape(text)
    }

    static func escape(_ text: String) -> String {
        // Most values need nothing: return them as they are without building a new string.
        let first = text.utf8.first
        if !text.utf8.contains(where: isSpecial), first != 0x20, first != 0x2D, first != 0x2B, first != 0x3D, first != 0x23, first != 0x7E,
            !(first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
        {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var atStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t":
                result += atStart ? "" : " "
                continue
            case " " where atStart:
                continue
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\", "`", "*", "_", "[", "]":
                result += "&#\(scalar.value);"
            case "-", "+", "=", "#", "~", ".", ")":
                // At the start of a line "- ", "+ ", "===", "# ", "~~~" or "1." would begin a list, a
                // heading or a code block.
                let startsBlock = atStart ? "-+=#~".unicodeScalars.contains(scalar)
                    : ".)".unicodeScalars.contains(scalar) && result.allSatisfy(\.isNumber)
                if startsBlock {
                    result += "&#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            default:
                result.unicodeScalars.append(scalar)
            }
            atStart = false
        }
        return result
    }

    /// A byte that is escaped wherever it stands (a switch: a `Set` hashed every byte of every value).
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x0D, 0x09, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D: true
        default: false
        }
    }

    /// Registers PlanCycle's content types (this one and `HTMLEscaping.ContentType`) with
    /// swift-mustache; call before parsing templates.
    static func register() {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        MustacheContentTypes.register(HTMLEscaping.ContentType(), named: HTMLEscaping.ContentType.name)
    }
}
