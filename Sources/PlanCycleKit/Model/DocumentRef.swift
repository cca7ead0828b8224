/// A reference to a document of one year: an activity, letter or outcome (`2026/wsis-forum-2026`),
/// or a year's own documents, its plan and report (`2026`).
public struct DocumentRef: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    /// The activity id or letter name; nil for a year's own documents.
    public var id: String?

    public init(year: Int, id: String? = nil) {
        self.year = year
        self.id = id
    }

    /// Reads a reference as content writes it: `YYYY/id`, or `id` alone for one in `defaultYear`.
    public init(_ reference: String, defaultYear: Int) {
        // `year/id` found on bytes (reports parse each letter's activity reference for every reply,
        // in every language). A reference starting or ending with `/`, or whose `/` touches a
        // non-ASCII character (which could join it into one character), goes the general way.
        let bytes = reference.utf8
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")), slash != bytes.startIndex, bytes.index(after: slash) != bytes.endIndex,
           bytes[bytes.index(before: slash)] < 0x80, bytes[bytes.index(after: slash)] < 0x80 {
            if let year = Int(reference[..<slash]) {
                self.init(year: year, id: String(reference[bytes.index(after: slash)...]))
            } else {
                self.init(year: defaultYear, id: reference)
            }
            return
        }
        let parts = reference.split(separator: "/", maxSplits: 1)
        if parts.count == 2, let year = Int(parts[0]) {
            self.init(year: year, id: String(parts[1]))
        } else {
            self.init(year: defaultYear, id: reference)
        }
    }

    /// The reference to the document's year.
    public var yearRef: DocumentRef { DocumentRef(year: year) }

    /// `2026/wsis-forum-2026`, or `2026`.
    public var description: String { id.map { "\(year)/\($0)" } ?? "\(year)" }
}

extension Activity {
    public var ref: DocumentRef { DocumentRef(year: year, id: id) }
}

extension CircularLetter {
    /// The activity the letter is about: `activity:` in its front matter, in the letter's year unless it names one.
    public var activityRef: DocumentRef { DocumentRef(activityID, defaultYear: date.year) }
    /// The letter itself, by its file name.
    public var ref: DocumentRef { DocumentRef(year: date.year, id: name) }
}

extension Outcome {
    /// The activity the outcome records (an unplanned activity's own id).
    public var ref: DocumentRef { DocumentRef(year: year, id: id) }
}
