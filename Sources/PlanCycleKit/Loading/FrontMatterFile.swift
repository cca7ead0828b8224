import Yams

/// A content file split into its YAML front matter (composed with positions) and its Markdown body.
struct FrontMatterFile {
    /// The path as it will be printed in diagnostics.
    let path: String
    /// The front matter's root node, or nil when it is missing or could not be parsed.
    let yaml: Node?
    /// Lines before the YAML's first line: add to a YAML mark's line to get the file's line.
    let yamlLineOffset: Int
    /// The Markdown after the closing `---`.
    let body: String
    /// The file line on which the body starts.
    let bodyLine: Int

    /// Splits `text` into front matter and body, reporting a missing or unclosed block and YAML errors.
    init(path: String, text: String, diagnostics: Diagnostics) {
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") {
            lines[0] = first.dropFirst()
        }
        guard lines.first.map({ $0.trimmingTrailingSpaces() == "---" }) == true else {
            diagnostics.error(
                SourceLocation(path: path), "the file does not start with front matter.",
                hint: "put the YAML fields between two lines of `---` at the very top of the file.")
            yaml = nil
            yamlLineOffset = 0
            body = text
            bodyLine = 1
            return
        }
        let closing = lines.dropFirst().firstIndex { line in
            let trimmed = line.trimmingTrailingSpaces()
            return trimmed == "---" || trimmed == "..."
        }
        guard let closing else {
            diagnostics.error(
                SourceLocation(path: path), "the front matter is not closed.",
                hint: "end the YAML fields with a line of `---` before the Markdown text.")
            yaml = nil
            yamlLineOffset = 1
            body = ""
            bodyLine = lines.count + 1
            return
        }
        let yamlText = lines[1..<closing].joined(separator: "\n")
        yamlLineOffset = 1
        body = lines[(closing + 1)...].joined(separator: "\n")
        bodyLine = closing + 2
        yaml = YAMLSource.compose(yamlText, path: path, lineOffset: 1, diagnostics: diagnostics)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
