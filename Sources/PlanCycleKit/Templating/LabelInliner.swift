import Foundation

/// Writes each phrase of a label file in place of the `{{l.group.key}}` tags that name it.
///
/// Rendering a phrase where it stands is what the tag means (its own tags see the same fields),
/// so inlining changes no output; it only saves looking the phrase up on every use.
enum LabelInliner {
    static func inline(_ text: String, labels: Labels) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 1024)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard !afterOpen.hasPrefix("{"), let close = afterOpen.range(of: "}}") else {
                result += "{{"
                rest = afterOpen
                continue
            }
            let name = afterOpen[..<close.lowerBound].trimmed
            let parts = name.split(separator: ".")
            if parts.count == 3, parts[0] == "l", let phrase = labels.phrases[String(parts[1])]?[String(parts[2])] {
                result += phrase.text
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }
}
