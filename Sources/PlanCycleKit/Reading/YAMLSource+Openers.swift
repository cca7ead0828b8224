/// YAML errors placed where the fix is: a tab in the indentation, and a quote or bracket that is
/// never closed, reported where it opens rather than where libyaml gave up.
extension YAMLSource {
    /// A tab in the indentation of a line at or before the error: libyaml reports it in many ways
    /// (often as an indentation or token problem on a later line), so it is named for what it is.
    static func tabIndentation(in text: String, before error: YAMLError) -> (Place?, Problem)? {
        let errorLine = mark(of: error)?.line ?? Int.max
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index < errorLine {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: tab) + 1
            return ((index + 1, column),
                    ("this line is indented with a tab; YAML indents with spaces only.",
                     "replace the tab with spaces, aligned with the keys of the same block."))
        }
        return nil
    }

    /// A quote or bracket that is never closed, reported where it opens: libyaml names the place
    /// it started scanning it as the error's context.
    static func unclosed(_ error: YAMLError, in text: String) -> (Place?, Problem)? {
        guard error.stage == .scanner || error.stage == .parser, let context = error.context else {
            return openedOnALineAndNotClosed(in: text, before: error)
        }
        let opener = character(at: context.mark, in: text)
        let place: Place = (context.mark.line, context.mark.column)
        if context.text.contains("quoted scalar") {
            let quote = opener.map(String.init) ?? "\""
            return (place, ("the quote `\(quote)` that opens here is never closed.",
                                   "end the value with `\(quote)` on the same line (a value that contains `\(quote)` can be quoted with the other kind of quote)."))
        }
        if context.text.contains("flow sequence") {
            return (place, ("the list that opens here with `[` is never closed with `]`.",
                                   "end it with `]` on the same line; an item that contains a comma or `]` goes in double quotes."))
        }
        if context.text.contains("flow mapping") {
            return (place, ("the block that opens here with `{` is never closed with `}`.",
                                   "end it with `}`, or write its keys on lines of their own, indented under the key."))
        }
        return openedOnALineAndNotClosed(in: text, before: error)
    }

    /// A value that starts with a quote or bracket not closed on its own line, at or before the
    /// error's line: when an apostrophe later in the file closes a single quote, libyaml reports
    /// the trouble far from where it began. Only for the errors such a value causes ("did not find
    /// expected key", "... end of stream"), so that a quoted value written over several lines on
    /// purpose is not blamed for an unrelated mistake.
    private static func openedOnALineAndNotClosed(in text: String, before error: YAMLError) -> (Place?, Problem)? {
        guard let errorLine = mark(of: error)?.line, problem(of: error).map(causedByAnOpenValue) == true else { return nil }
        let closers: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "'": "'", "[": "]", "{": "}"]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index < errorLine {
            let scalars = Array(line.unicodeScalars)
            guard let start = valueStart(scalars), let closer = closers[scalars[start]] else { continue }
            var end = scalars.count
            while end > start + 1, scalars[end - 1] == " " || scalars[end - 1] == "\r" { end -= 1 }
            guard end == start + 1 || scalars[end - 1] != closer else { continue }
            let opener = scalars[start]
            let what = opener == "[" ? "the list that opens here with `[` is not closed with `]` on its line."
                : opener == "{" ? "the block that opens here with `{` is not closed with `}` on its line."
                : "the quote `\(opener)` that opens here is not closed on its line."
            return ((index + 1, start + 1), (what, "close it at the end of the value, on the same line; inside single quotes write an apostrophe as `''`."))
        }
        return nil
    }

    /// Where the value of a `key: value` or `- value` line starts, if it has one.
    private static func valueStart(_ scalars: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        if index < scalars.count, scalars[index] == "#" { return nil }
        if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " { index += 2 }
        var cursor = index
        while cursor + 1 < scalars.count, !(scalars[cursor] == ":" && scalars[cursor + 1] == " ") {
            if scalars[cursor] == "\"" || scalars[cursor] == "'" { break }
            cursor += 1
        }
        if cursor + 1 < scalars.count, scalars[cursor] == ":" { index = cursor + 2 }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index < scalars.count ? index : nil
    }

    private static func causedByAnOpenValue(_ problem: String) -> Bool {
        ["did not find expected", "could not find expected", "end of stream"].contains { problem.contains($0) }
    }

    private static func problem(of error: YAMLError) -> String? {
        [.scanner, .parser, .composer].contains(error.stage) ? error.problem : nil
    }

    /// Where libyaml gave up (not the place of a repeated key, which is no syntax error).
    private static func mark(of error: YAMLError) -> YAMLNode.Mark? {
        [.scanner, .parser, .composer].contains(error.stage) ? error.mark : nil
    }

    /// The character at a mark of `text`.
    private static func character(at mark: YAMLNode.Mark, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        guard mark.column >= 1, mark.column <= scalars.count else { return nil }
        return scalars[mark.column - 1]
    }
}
