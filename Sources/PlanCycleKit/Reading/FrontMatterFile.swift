/// A content file split into its YAML front matter (composed with positions) and its Markdown body.
struct FrontMatterFile {
    /// The path as it will be printed in diagnostics.
    let path: String
    /// The front matter's root node, or nil when it is missing or could not be parsed.
    let yaml: YAMLNode?
    /// Lines before the YAML's first line: add to a YAML mark's line to get the file's line.
    let yamlLineOffset: Int
    /// The Markdown after the closing `---`.
    let body: String
    /// The file line on which the body starts.
    let bodyLine: Int

    /// Splits `text` into front matter and body, reporting a missing or unclosed block and YAML errors.
    init(path: String, text: String, diagnostics: Diagnostics) {
        self.path = path
        Placeholders.check(text, path: path, diagnostics: diagnostics)
        // Work on UTF-8 bytes: the delimiters are ASCII, and this runs for every file of an archive.
        let bytes = Array(text.utf8)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let firstEnd = Self.lineEnd(bytes, from: start), Self.isDelimiter(bytes, start, firstEnd) else {
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.error(SourceLocation(path: path), "the file is empty.",
                                  hint: "write its fields between two lines of `---`, then its text, as in the README's example; or delete the file.")
            } else {
                diagnostics.error(
                    SourceLocation(path: path), "the file does not start with front matter.",
                    hint: "put the YAML fields between two lines of `---` at the very top of the file.")
            }
            yaml = nil
            yamlLineOffset = 0
            body = text
            bodyLine = 1
            return
        }
        start = firstEnd + 1
        let yamlStart = start
        var line = 2
        while start <= bytes.count, let end = Self.lineEnd(bytes, from: start) {
            if Self.isDelimiter(bytes, start, end) {
                yamlLineOffset = 1
                bodyLine = line + 1
                let bodyStart = min(end + 1, bytes.count)
                body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                let yamlText = String(decoding: bytes[yamlStart..<start], as: UTF8.self)
                yaml = YAMLSource.compose(yamlText, path: path, lineOffset: 1, diagnostics: diagnostics)
                return
            }
            start = end + 1
            line += 1
        }
        diagnostics.error(
            SourceLocation(path: path), "the front matter is not closed.",
            hint: "end the YAML fields with a line of `---` before the Markdown text.")
        yaml = nil
        yamlLineOffset = 1
        body = ""
        bodyLine = line
    }

    /// The index of the `\n` ending the line that starts at `start` (or the end of the bytes).
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    /// True for a line that is `---` or `...`, with optional trailing spaces, tabs or `\r`.
    private static func isDelimiter(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var last = end
        while last > start, [0x20, 0x09, 0x0D].contains(bytes[last - 1]) { last -= 1 }
        guard last - start == 3 else { return false }
        let marker = bytes[start]
        return (marker == 0x2D || marker == 0x2E) && bytes[start + 1] == marker && bytes[start + 2] == marker
    }
}
