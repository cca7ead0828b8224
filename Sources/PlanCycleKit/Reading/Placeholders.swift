/// Values still to be filled in: the `TODO` marks that `plancycle new` writes into a new file.
enum Placeholders {
    static let mark = "TODO"

    /// Warns at each `TODO` of `text`, one per line; lines that are only a comment are left alone.
    static func check(_ text: String, path: String, diagnostics: Diagnostics) {
        // A byte search first: this runs on every content file, and most have no `TODO`.
        guard text[...].byteRange(of: mark) != nil else { return }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: mark), !line.drop(while: { $0 == " " }).hasPrefix("#") else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
            diagnostics.warning(SourceLocation(path: path, line: index + 1, column: column), "this value is still to be filled in.",
                                hint: "replace it with the real value and remove the `TODO`.")
        }
    }
}
