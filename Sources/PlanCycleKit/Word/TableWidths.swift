/// Column widths for a table from what its cells hold, as a browser lays out a table whose width
/// is set: each column at least as wide as its longest word (words over nine characters may
/// break), and the rest of the width shared by how much text each column has. (Word would do this itself on opening a file; LibreOffice, which
/// makes the PDFs, keeps the widths it is given.)
enum TableWidths {
    /// An average character of the table's text, in twentieths of a point (11 pt Calibri is about 5.5 pt).
    static let character = 105
    /// The left and right padding of a cell.
    static let padding = 216

    /// - Parameters:
    ///   - rows: each cell's column span and text.
    ///   - count: the number of columns.
    ///   - width: the table's width.
    static func columns(_ rows: [[(span: Int, text: String)]], count: Int, width: Int) -> [Int] {
        var longestWord = Array(repeating: 1, count: count)
        var text = Array(repeating: 0, count: count)
        var cells = Array(repeating: 0, count: count)
        for row in rows {
            var column = 0
            for (span, cellText) in row {
                defer { column += span }
                guard span == 1, column < count else { continue }
                longestWord[column] = max(longestWord[column], Self.longestWord(cellText))
                text[column] += cellText.unicodeScalars.count
                cells[column] += 1
            }
        }
        // Minimums take at most 60% of the width; the rest goes where the text is.
        var minimum = longestWord.map { $0 * character + padding }
        let cap = width * 6 / 10
        let words = minimum.reduce(0, +)
        if words > cap { minimum = minimum.map { $0 * cap / words } }
        let needed = minimum.reduce(0, +)
        // The rest by the square root of the average text of each column's cells, so that a
        // column of long passages is wider without leaving the short columns only their words.
        let wants = zip(text, cells).map { (Double($0) / Double(max(1, $1))).squareRoot() + 1 }
        let total = wants.reduce(0, +)
        var result = zip(minimum, wants).map { $0 + Int(Double(width - needed) * $1 / total) }
        result[count - 1] += width - result.reduce(0, +)
        return result
    }

    /// The characters of the longest word of `text`, at most 9 (longer words may break); 1 without words.
    static func longestWord(_ text: String) -> Int { longestASCIIWord(text) ?? longestWordByCharacters(text) }

    static func longestWordByCharacters(_ text: String) -> Int {
        var longest = 1, current = 0
        for character in text {
            if character == " " || character == "\n" || character == "\u{A0}" {
                current = 0
            } else {
                current += 1
                longest = max(longest, min(current, 9))
            }
        }
        return longest
    }

    /// The same for ASCII text, on its bytes (each a character, but for `\r\n`, which is one);
    /// nil for other text. Walking a table's text by characters was the Word files' costliest step.
    static func longestASCIIWord(_ text: String) -> Int? {
        var longest = 1, current = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            defer { previous = byte }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                current = 0
            } else if byte != UInt8(ascii: "\n") {
                current += 1
                longest = max(longest, min(current, 9))
            }
        }
        return longest
    }
}
