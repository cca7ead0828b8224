import Foundation

/// A file of `Templates/scaffolds/` that `plancycle new` fills in: every field of one kind of
/// content file, each with a comment, values still to be filled in marked `TODO`.
struct Scaffold {
    /// The kinds of file `new` makes, by their scaffold's file name.
    enum Kind: String, CaseIterable {
        case site = "site.yaml", year = "year.md", activity = "activity.md", letter = "letter.md", outcome = "outcome.md"
    }

    let kind: Kind
    let path: String
    let text: String

    /// Reads the scaffold of `kind` from the templates folder, or reports that it is missing.
    static func load(_ kind: Kind, templates: String, diagnostics: Diagnostics, log: InputLog? = nil) -> Scaffold? {
        let path = ContentFolder.join(ContentFolder.join(templates, "scaffolds"), kind.rawValue)
        guard FileManager.default.fileExists(atPath: path) else {
            diagnostics.error(SourceLocation(path: path), "the scaffold `\(kind.rawValue)` is missing.",
                              hint: "restore it from the shipped Templates/scaffolds folder.")
            return nil
        }
        guard let text = ContentFolder.readText(path, diagnostics: diagnostics, log: log) else { return nil }
        return Scaffold(kind: kind, path: path, text: text)
    }

    /// The text with each `{{key}}` replaced by its value (values are written as they are: quote
    /// text that YAML could misread with `quoted`).
    func filled(_ values: [String: String]) -> String {
        var result = text
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            result = result.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return result
    }

    /// A YAML double-quoted scalar of `text`.
    static func quoted(_ text: String) -> String { Manifest.quoted(text) }
}
