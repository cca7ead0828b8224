/// Composes YAML text into a node tree with positions, turning libyaml's errors into diagnostics.
enum YAMLSource {
    /// Parses `text`; on a syntax error reports it at the file's line and column and returns nil.
    /// - Parameter isWholeFile: the text is a whole `.yaml` file, which is reported when empty.
    static func compose(_ text: String, path: String, lineOffset: Int, isWholeFile: Bool = false, diagnostics: Diagnostics) -> YAMLNode? {
        if isWholeFile, text.allSatisfy(\.isWhitespace) {
            let isLabels = path.hasSuffix(".yaml") && path.contains("/labels/")
            diagnostics.error(SourceLocation(path: path), "the file is empty.",
                              hint: isLabels ? "copy the keys of en.yaml and write their wording in this language."
                                  : "write its fields as in the README's example (the shipped content has one to copy).")
            return nil
        }
        let text = withoutUnicodeLineBreaks(text, path: path, lineOffset: lineOffset, diagnostics: diagnostics)
        do {
            return try YAMLComposer.compose(text)
        } catch {
            let (place, problem) = tabIndentation(in: text, before: error) ?? unclosed(error, in: text) ?? describe(error)
            let location = SourceLocation(path: path, line: (place?.line ?? 1) + lineOffset, column: place?.column ?? 1)
            diagnostics.error(location, problem.message, hint: problem.hint)
            return nil
        }
    }

    /// `text` with each Unicode line break (U+0085, U+2028, U+2029, pasted from other programs)
    /// read as a space, with a warning at its place. YAML breaks lines at them, where editors and
    /// PlanCycle's own positions do not, so that every later position in the file would be wrong.
    static func withoutUnicodeLineBreaks(_ text: String, path: String, lineOffset: Int, diagnostics: Diagnostics) -> String {
        guard hasUnicodeLineBreak(text) else { return text }
        let breaks: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}"]
        var result = String.UnicodeScalarView()
        var line = 1, column = 1, previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if breaks.contains(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                diagnostics.warning(SourceLocation(path: path, line: line + lineOffset, column: column),
                                    "this line holds a Unicode line separator (\(name)), which is read as a space.",
                                    hint: "replace it with a space, or with a normal line break.")
                result.append(" ")
            } else {
                result.append(scalar)
            }
            if scalar == "\n" && previous != "\r" || scalar == "\r" {
                (line, column) = (line + 1, 1)
            } else if scalar != "\n" {
                column += 1
            }
            previous = scalar
        }
        return String(result)
    }

    /// True when `text` holds U+0085, U+2028 or U+2029: a byte search, as this runs on every front matter.
    static func hasUnicodeLineBreak(_ text: String) -> Bool {
        func scan<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if previous.1 == 0xC2 && byte == 0x85 { return true }
                if previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9) { return true }
                previous = (previous.1, byte)
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    /// A 1-based line and column of the YAML text (columns count Unicode scalars, as libyaml's).
    typealias Place = (line: Int, column: Int)
    /// A diagnostic's message and hint.
    typealias Problem = (message: String, hint: String?)

    private static func describe(_ error: YAMLError) -> (Place?, Problem) {
        let place = error.mark.map { ($0.line, $0.column) }
        switch error.stage {
        case .scanner, .parser, .composer:
            return (place, explain(error.problem))
        case .duplicateKeys:
            // A key that is a list or a block has no text of its own to name.
            let named = error.duplicates.filter { $0 != YAMLComposer.unprintableKey }.map { "`\($0)`" }
            let unnamed = error.duplicates.count - named.count
            var keys: [String] = []
            if !named.isEmpty { keys.append((named.count == 1 ? "the key " : "the keys ") + named.joined(separator: ", ")) }
            if unnamed > 0 { keys.append(unnamed == 1 ? "a key written as a list or a block" : "keys written as lists or blocks") }
            let verb = error.duplicates.count == 1 ? "is" : "are each"
            return (place, ("\(keys.joined(separator: " and ")) \(verb) written more than once in the same block.",
                            "keep one of them; YAML keeps no second value for a key."))
        case .reader:
            return (nil, ("the file is not valid text: \(error.problem).", "save the file as UTF-8."))
        case .memory:
            return (nil, ("the YAML could not be read (\(error.problem)).", nil))
        }
    }

    /// libyaml's problem texts, in plainer words.
    private static func explain(_ problem: String) -> (message: String, hint: String?) {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return ("a `:` followed by a space appears inside a value.",
                    "put the value in double quotes, e.g. `title: \"Session: opening\"`.")
        case let p where p.contains("could not find expected ':'"):
            return ("a line is missing the `:` between a key and its value.",
                    "write `key: value`, and indent continued lines of a value.")
        case let p where p.contains("found character that cannot start any token"):
            return ("a value starts with a character YAML reserves (such as `@`, `` ` `` or a tab).",
                    "put the value in double quotes, and indent with spaces, not tabs.")
        case let p where p.contains("did not find expected key"), let p where p.contains("did not find expected '-'"):
            return ("the indentation of this line does not match the lines around it.",
                    "align keys of the same block in the same column, using spaces.")
        case let p where p.contains("found unexpected end of stream"), let p where p.contains("did not find expected"):
            return ("a quoted value or a list in brackets is not closed.",
                    "close the quotes or the `[ ]` / `{ }` on the same value.")
        default:
            return ("the YAML is malformed: \(problem).", "check the quotes, colons and indentation of this line.")
        }
    }
}
